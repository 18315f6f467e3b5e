package org.comlife.checks.exhaustive;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The graph of an exploration that ran out of budget, saved to a file so that a later
 * exploration of the same program goes on from it instead of starting again: a search of
 * millions of states need not fit into one sitting. What is saved is exact: every state (as the
 * numbers of its lines, with the lines), the threads it enables, where each choice taken out of
 * it led, the path that first led to it, and the counts so far. Choices that were being taken
 * when the search stopped, and states whose threads no run had learnt yet, are saved as not
 * taken, so they are taken again after resuming. Only a search with no violation is saved: a
 * violation is a verdict, not work left.
 *
 * <p>A later exploration checks that the program starts in the saved initial state, and the
 * runs check every state they pass against the saved threads, so a checkpoint of another
 * program (or of a changed model) is refused rather than trusted.
 */
final class ExplorationCheckpoint {
    /** What a checkpoint begins with; the number changes with the way states are written (2: from typed values). */
    private static final String FORMAT_NAME = "comlife exhaustive checkpoint ";
    private static final String FORMAT = FORMAT_NAME + "2";

    /** What a loaded checkpoint tells about the earlier parts: the states they met and the time they took. */
    record Earlier(int distinctStates, long millis) {
    }

    private ExplorationCheckpoint() {
    }

    /** Writes the graph and counts to {@code file}, replacing it only once the new one is complete. */
    static void save(Path file, SharedSearch shared, long millis) {
        ExploredGraph graph = shared.graph;
        List<StateNode> nodes = new ArrayList<>();
        List<int[]> numbers = new ArrayList<>();
        Map<StateNode, Integer> index = new IdentityHashMap<>();
        for (Map.Entry<ExploredState, StateNode> entry : graph.states().entrySet()) {
            StateNode node = entry.getValue();
            if (node.enabled() != null || node.violating()) {
                index.put(node, nodes.size());
                nodes.add(node);
                numbers.add(entry.getKey().numbers());
            }
        }
        // Choices resolved into a state no run learnt the threads of are saved as not taken, and
        // are taken (and counted) again after resuming: they are not counted here.
        long resolved = 0;
        for (StateNode node : nodes) {
            for (int i = 0; node.enabled() != null && i < node.enabled().size(); i++) {
                resolved += index.containsKey(node.successor(i)) ? 1 : 0;
            }
        }
        long dropped = shared.transitions.sum() - resolved;
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
                new GZIPOutputStream(Files.newOutputStream(partial)), 1 << 16))) {
            out.writeUTF(FORMAT);
            out.writeLong(shared.statesVisited.sum() - dropped);
            out.writeLong(resolved);
            out.writeLong(shared.runs.sum());
            out.writeLong(millis);
            List<String> lines = graph.lines().inOrder();
            out.writeInt(lines.size());
            for (String line : lines) {
                writeString(out, line);
            }
            out.writeInt(nodes.size());
            for (int i = 0; i < nodes.size(); i++) {
                writeNode(out, nodes.get(i), numbers.get(i), index);
            }
            Integer initial = graph.initial() == null ? null : index.get(graph.initial());
            out.writeInt(initial == null ? -1 : initial);
        } catch (IOException failure) {
            throw new UncheckedIOException("could not write the exploration checkpoint " + partial, failure);
        }
        try {
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException failure) {
            throw new UncheckedIOException("could not put the exploration checkpoint in place at " + file, failure);
        }
    }

    private static void writeNode(DataOutputStream out, StateNode node, int[] numbers, Map<StateNode, Integer> index)
            throws IOException {
        out.writeInt(numbers.length);
        for (int number : numbers) {
            out.writeInt(number);
        }
        out.writeBoolean(node.violating());
        Integer parent = node.parent == null ? null : index.get(node.parent);
        out.writeInt(parent == null ? -1 : parent);
        out.writeInt(node.parentChoice);
        out.writeInt(node.depth);
        List<String> enabled = node.enabled();
        out.writeInt(enabled == null ? -1 : enabled.size());
        if (enabled == null) {
            return;
        }
        for (int i = 0; i < enabled.size(); i++) {
            writeString(out, enabled.get(i));
            Integer successor = index.get(node.successor(i)); // null for untaken, being taken, or unlearnt
            out.writeInt(successor == null ? -1 : successor);
        }
    }

    /**
     * Loads {@code file} into the empty search {@code shared}; the counts of the earlier parts.
     * A file that is not a checkpoint, or is cut short, is refused with a message.
     */
    static Earlier load(Path file, SharedSearch shared) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(
                new GZIPInputStream(Files.newInputStream(file)), 1 << 16))) {
            String format = in.readUTF();
            if (format.startsWith(FORMAT_NAME) && !FORMAT.equals(format)) {
                throw new IllegalArgumentException(file + " was written by another version of comlife (\"" + format
                        + "\"; this one reads \"" + FORMAT + "\"): explore again without it");
            }
            if (!FORMAT.equals(format)) {
                throw new IllegalArgumentException(file + " is not a comlife exploration checkpoint (it says \""
                        + format + "\")");
            }
            long visited = in.readLong();
            long transitions = in.readLong();
            long runs = in.readLong();
            long millis = in.readLong();
            List<String> lines = new ArrayList<>();
            int lineCount = in.readInt();
            for (int i = 0; i < lineCount; i++) {
                lines.add(readString(in));
            }
            shared.graph.lines().restore(lines);
            List<SavedNode> saved = new ArrayList<>();
            int nodeCount = in.readInt();
            for (int i = 0; i < nodeCount; i++) {
                saved.add(SavedNode.read(in, nodeCount));
            }
            int initial = in.readInt();
            rebuild(shared.graph, saved, initial, file);
            shared.statesVisited.add(visited);
            shared.transitions.add(transitions);
            shared.runs.add(runs);
            return new Earlier(nodeCount, millis);
        } catch (EOFException cut) {
            throw new IllegalArgumentException("the exploration checkpoint " + file + " is cut short", cut);
        } catch (IOException failure) {
            throw new IllegalArgumentException("could not read the exploration checkpoint " + file + ": " + failure,
                    failure);
        }
    }

    /** Makes the nodes parents first (a node's parent is fixed when it is made), then learns and resolves. */
    private static void rebuild(ExploredGraph graph, List<SavedNode> saved, int initial, Path file) {
        List<List<Integer>> children = new ArrayList<>();
        for (int i = 0; i < saved.size(); i++) {
            children.add(new ArrayList<>());
        }
        for (int i = 0; i < saved.size(); i++) {
            int parent = saved.get(i).parent;
            if (parent >= 0) {
                children.get(parent).add(i);
            } else if (i != initial) {
                throw new IllegalArgumentException("the exploration checkpoint " + file
                        + " is damaged: state " + i + " has no path from the initial state");
            }
        }
        StateNode[] made = new StateNode[saved.size()];
        Deque<Integer> toMake = new ArrayDeque<>();
        if (initial >= 0) {
            toMake.add(initial);
        }
        while (!toMake.isEmpty()) {
            int i = toMake.remove();
            SavedNode node = saved.get(i);
            StateNode parent = node.parent >= 0 ? made[node.parent] : null;
            made[i] = new StateNode(node.violating, parent, node.parentChoice, node.depth);
            if (graph.add(ExploredState.ofNumbers(node.numbers), made[i]) != made[i]) {
                throw new IllegalArgumentException("the exploration checkpoint " + file
                        + " is damaged: a state appears twice");
            }
            toMake.addAll(children.get(i));
        }
        for (int i = 0; i < saved.size(); i++) {
            if (made[i] == null) {
                throw new IllegalArgumentException("the exploration checkpoint " + file
                        + " is damaged: state " + i + " has no path from the initial state");
            }
        }
        if (initial >= 0 && !graph.isInitial(made[initial])) {
            throw new IllegalStateException("a checkpoint is loaded only into an empty exploration");
        }
        for (int i = 0; i < saved.size(); i++) {
            if (saved.get(i).enabled != null) {
                graph.learnEnabled(made[i], saved.get(i).enabled);
            }
        }
        for (int i = 0; i < saved.size(); i++) {
            int[] successors = saved.get(i).successors;
            for (int choice = 0; successors != null && choice < successors.length; choice++) {
                if (successors[choice] >= 0) {
                    made[i].claim(choice);
                    graph.resolve(made[i], choice, made[successors[choice]]);
                }
            }
        }
    }

    private static void writeString(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > (1 << 24)) {
            throw new IOException("a text of " + length + " bytes");
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** One state as the file holds it. */
    private record SavedNode(int[] numbers, boolean violating, int parent, int parentChoice, int depth,
                             List<String> enabled, int[] successors) {
        static SavedNode read(DataInputStream in, int nodeCount) throws IOException {
            int[] numbers = new int[checkedCount(in.readInt(), 1 << 20)];
            for (int i = 0; i < numbers.length; i++) {
                numbers[i] = in.readInt();
            }
            boolean violating = in.readBoolean();
            int parent = in.readInt();
            int parentChoice = in.readInt();
            int depth = in.readInt();
            int enabledCount = in.readInt();
            if (parent >= nodeCount) {
                throw new IOException("a parent out of range");
            }
            if (enabledCount < 0) {
                return new SavedNode(numbers, violating, parent, parentChoice, depth, null, null);
            }
            List<String> enabled = new ArrayList<>(checkedCount(enabledCount, 1 << 16));
            int[] successors = new int[enabledCount];
            for (int i = 0; i < enabledCount; i++) {
                enabled.add(readString(in));
                successors[i] = in.readInt();
                if (successors[i] >= nodeCount) {
                    throw new IOException("a successor out of range");
                }
            }
            return new SavedNode(numbers, violating, parent, parentChoice, depth, enabled, successors);
        }

        private static int checkedCount(int count, int most) throws IOException {
            if (count < 0 || count > most) {
                throw new IOException("a count of " + count);
            }
            return count;
        }
    }
}
