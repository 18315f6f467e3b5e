package org.comlife.reports.schema;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One row of the matrix: the reference implementation or one seeded fault, with one cell per
 * engine that ran on it.
 *
 * @param id         "reference" or the fault's id, e.g. "split-release"
 * @param title      one line saying what the row is
 * @param kind       reference, client fault or runtime fault
 * @param invariants the numbers of the invariants the fault breaks; empty for the reference
 * @param story      how the fault happens, in a few sentences; null for the reference
 * @param fix        what the correct code does instead; null for the reference
 * @param cells      at most one cell per engine
 */
@JsonPropertyOrder({"id", "title", "kind", "invariants", "story", "fix", "cells"})
public record Row(
        String id,
        String title,
        RowKind kind,
        List<Integer> invariants,
        String story,
        String fix,
        List<Cell> cells) {

    public Row {
        Required.text(id, "row id");
        if (kind == null) {
            throw new IllegalArgumentException("row " + id + " needs a kind");
        }
        invariants = Required.list(invariants, "row invariants");
        cells = Required.list(cells, "row cells");
        Set<String> engines = new HashSet<>();
        for (Cell cell : cells) {
            if (!engines.add(cell.engine())) {
                throw new IllegalArgumentException("row " + id + " has two cells for engine " + cell.engine());
            }
            if (!cell.status().allowedIn(kind)) {
                throw new IllegalArgumentException("row " + id + " (" + kind.label() + ") cannot have a "
                        + cell.status() + " cell (engine " + cell.engine() + ")");
            }
        }
    }

    /** The cell of the given engine, if that engine ran on this row. */
    public Optional<Cell> cellFor(String engineId) {
        return cells.stream().filter(cell -> cell.engine().equals(engineId)).findFirst();
    }

    /** This row with other cells, everything else unchanged. */
    public Row withCells(List<Cell> newCells) {
        return new Row(id, title, kind, invariants, story, fix, newCells);
    }
}
