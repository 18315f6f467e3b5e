package org.comlife.checks.coverage.programs;

import org.comlife.model.program.Program;

/** A program and the name reports give it. */
public record NamedProgram(String name, Program program) {
}
