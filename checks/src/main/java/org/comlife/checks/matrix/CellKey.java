package org.comlife.checks.matrix;

/** One cell of the matrix: a row (the reference, or a fault's id) and an engine. */
public record CellKey(String row, EngineId engine) {
    public CellKey {
        if (row == null || engine == null) {
            throw new IllegalArgumentException("a cell has a row and an engine");
        }
    }

    @Override
    public String toString() {
        return row + " x " + engine.id();
    }
}
