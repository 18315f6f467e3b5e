package org.comlife.model.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A program's parameters: defaults, bounds, what was read, and settings refused with the reason. */
class ProgramParametersTest {

    /** An unset parameter answers its default; a set one its value; both are remembered as read. */
    @Test
    void gettersAnswerTheValueOrTheDefault() {
        ProgramParameters parameters = ProgramParameters.parse(List.of("clients=3", "verbose=true"));

        assertThat(parameters.intValue("clients", 2, 1, 4)).isEqualTo(3);
        assertThat(parameters.intValue("calls", 1, 0, 3)).isEqualTo(1);
        assertThat(parameters.flag("verbose", false)).isTrue();
        assertThat(parameters.describeRead()).isEqualTo("clients=3, calls=1, verbose=true");
        assertThat(parameters.unreadNames()).isEmpty();
    }

    /** A value out of bounds, not a number, or not a yes/no is refused, naming the parameter. */
    @Test
    void badValuesAreRefusedWithTheReason() {
        ProgramParameters parameters = ProgramParameters.of(Map.of("clients", "9", "calls", "x", "verbose", "yes"));

        assertThatThrownBy(() -> parameters.intValue("clients", 2, 1, 4))
                .hasMessage("parameter clients must lie in 1..4, not 9");
        assertThatThrownBy(() -> parameters.intValue("calls", 1, 0, 3))
                .hasMessage("parameter calls must be a whole number, not 'x'");
        assertThatThrownBy(() -> parameters.flag("verbose", false))
                .hasMessage("parameter verbose must be true or false, not 'yes'");
        assertThatThrownBy(() -> ProgramParameters.none().intValue("clients", 9, 1, 4))
                .hasMessageContaining("the default 9 must lie in the bounds 1..4");
    }

    /** A parameter set but never read is named, so a misspelling does not go unnoticed. */
    @Test
    void unreadParametersAreNamed() {
        ProgramParameters parameters = ProgramParameters.parse(List.of("client=3"));

        parameters.intValue("clients", 2, 1, 4);

        assertThat(parameters.unreadNames()).containsExactly("client");
        assertThat(parameters.fresh().readNames()).isEmpty();
    }

    /** Settings without '=', with an empty name, or naming one parameter twice are refused. */
    @Test
    void malformedSettingsAreRefused() {
        assertThatThrownBy(() -> ProgramParameters.parse(List.of("clients"))).hasMessageContaining("name=value");
        assertThatThrownBy(() -> ProgramParameters.parse(List.of("=3"))).hasMessageContaining("name=value");
        assertThatThrownBy(() -> ProgramParameters.parse(List.of("a=1", "a=2"))).hasMessage("parameter a is set twice");
        assertThatThrownBy(() -> ProgramParameters.parse(List.of("a,b=1"))).hasMessageContaining("without '=', ',' or '&'");
    }
}
