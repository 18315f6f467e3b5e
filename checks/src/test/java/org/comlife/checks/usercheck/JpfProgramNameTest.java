package org.comlife.checks.usercheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.comlife.model.program.ProgramParameters;
import org.junit.jupiter.api.Test;

/** How a user's program is named to JPF, which splits its target's arguments at commas. */
class JpfProgramNameTest {
    /** Parameters are joined with '&', never a comma, so JPF hands the name over whole. */
    @Test
    void parametersAreJoinedWithoutAComma() {
        String name = JpfProgramName.of(ProgramClass.onClasspath("com.example.TallyCheck",
                ProgramParameters.parse(List.of("clients=2", "adds=1"))));

        assertThat(name).isEqualTo("program:com.example.TallyCheck?clients=2&adds=1");
        assertThat(JpfProgramName.names(name)).isTrue();
    }

    /** A value JPF would split, or that would read as a second parameter, is refused with its name. */
    @Test
    void aValueThatCannotBeNamedIsRefused() {
        assertThatThrownBy(() -> JpfProgramName.of(ProgramClass.onClasspath("com.example.TallyCheck",
                ProgramParameters.parse(List.of("mode=a,b"))))).hasMessageContaining("parameter mode");
        assertThatThrownBy(() -> JpfProgramName.of(ProgramClass.onClasspath("com.example.TallyCheck",
                ProgramParameters.parse(List.of("mode=a&b"))))).hasMessageContaining("parameter mode");
    }
}
