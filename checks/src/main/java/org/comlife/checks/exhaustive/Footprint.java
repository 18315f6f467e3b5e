package org.comlife.checks.exhaustive;

import java.util.Arrays;

/**
 * What one step read and wrote, or what a thread may still read and write, as numbers of
 * entity classes ({@link EntityClasses}): sorted, without repeats. Two footprints conflict when
 * one writes a class the other reads or writes; steps whose footprints do not conflict commute.
 */
final class Footprint {
    static final Footprint EMPTY = new Footprint(new int[0], new int[0]);

    private final int[] reads;
    private final int[] writes;
    private final int hash;

    private Footprint(int[] reads, int[] writes) {
        this.reads = reads;
        this.writes = writes;
        this.hash = 31 * Arrays.hashCode(reads) + Arrays.hashCode(writes);
    }

    /** A footprint of these classes (any order, repeats allowed); a class both read and written counts as written. */
    static Footprint of(int[] reads, int[] writes) {
        int[] written = distinct(writes);
        int[] read = distinct(reads);
        int kept = 0;
        for (int i = 0; i < read.length; i++) {
            if (Arrays.binarySearch(written, read[i]) < 0) {
                read[kept++] = read[i];
            }
        }
        return new Footprint(Arrays.copyOf(read, kept), written);
    }

    private static int[] distinct(int[] classes) {
        int[] sorted = classes.clone();
        Arrays.sort(sorted);
        int kept = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (kept == 0 || sorted[kept - 1] != sorted[i]) {
                sorted[kept++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, kept);
    }

    /** Whether one of the two writes a class the other reads or writes. */
    boolean conflicts(Footprint other) {
        return meet(writes, other.writes) || meet(writes, other.reads) || meet(reads, other.writes);
    }

    /** Whether this footprint writes any class {@code other} reads or writes. */
    boolean writesAnyOf(Footprint other) {
        return meet(writes, other.writes) || meet(writes, other.reads);
    }

    /** Whether this footprint writes the class. */
    boolean writes(int classNumber) {
        return Arrays.binarySearch(writes, classNumber) >= 0;
    }

    Footprint union(Footprint other) {
        if (other == this || other.isEmpty()) {
            return this;
        }
        if (isEmpty()) {
            return other;
        }
        return of(concat(reads, other.reads), concat(writes, other.writes));
    }

    /** This footprint with the classes written added. */
    Footprint withWrites(int[] more) {
        return more.length == 0 ? this : of(reads, concat(writes, more));
    }

    boolean isEmpty() {
        return reads.length == 0 && writes.length == 0;
    }

    int[] reads() {
        return reads.clone();
    }

    int[] writes() {
        return writes.clone();
    }

    private static int[] concat(int[] a, int[] b) {
        int[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    private static boolean meet(int[] a, int[] b) {
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                return true;
            }
            if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return false;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Footprint footprint && hash == footprint.hash
                && Arrays.equals(reads, footprint.reads) && Arrays.equals(writes, footprint.writes);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return "reads " + Arrays.toString(reads) + " writes " + Arrays.toString(writes);
    }
}
