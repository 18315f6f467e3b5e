package org.comlife.checks.usercheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.comlife.model.program.ProgramParameters;
import org.junit.jupiter.api.Test;

/**
 * Loading a user's program: a class that is not a program, cannot be built, or is given
 * parameters it does not read is refused with one line saying what is wrong and what is expected.
 */
class ProgramLoaderTest {

    private static ProgramRejected rejection(String className, Map<String, String> parameters) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> ProgramLoader.load(
                ProgramClass.onClasspath(className, ProgramParameters.of(parameters))));
        assertThat(thrown).as(className).isInstanceOf(ProgramRejected.class);
        assertThat(thrown.getMessage()).as(className).doesNotContain("\n");
        return (ProgramRejected) thrown;
    }

    private static String nested(String simpleName) {
        return BadPrograms.class.getName() + "$" + simpleName;
    }

    /** A well-formed program loads, reads its parameters with their defaults, and says which it read. */
    @Test
    void aProgramLoadsWithItsParameters() throws ProgramRejected {
        UserProgram program = ProgramLoader.load(ProgramClass.onClasspath(nested("WithClients"),
                ProgramParameters.of(Map.of("clients", "3"))));

        assertThat(program.parametersRead()).isEqualTo("clients=3");
        assertThat(program.title()).endsWith("WithClients (clients=3)");
        assertThat(program.newInstance()).isNotSameAs(program.newInstance());
    }

    /** Each kind of class that is not a loadable program gets its own message. */
    @Test
    void classesThatAreNotProgramsAreRefused() {
        assertThat(rejection("com.example.Missing", Map.of())).hasMessageContaining("not found on the class path")
                .hasMessageContaining("--classpath");
        assertThat(rejection("java.lang.String", Map.of())).hasMessageContaining("is not a comlife program")
                .hasMessageContaining("org.comlife.model.program.Program");
        assertThat(rejection(nested("Abstract"), Map.of())).hasMessageContaining("is abstract");
        assertThat(rejection(nested("Hidden"), Map.of())).hasMessageContaining("must be public");
        assertThat(rejection(nested("Inner"), Map.of())).hasMessageContaining("inner class: make it static");
        assertThat(rejection(nested("OddConstructor"), Map.of()))
                .hasMessageContaining("needs a public constructor taking ProgramParameters");
    }

    /** A constructor or static initializer that throws is reported with the user's exception and line. */
    @Test
    void aThrowingConstructorIsReportedWithItsLine() {
        assertThat(rejection(nested("ConstructorThrows"), Map.of()))
                .hasMessageContaining("constructor threw IllegalStateException: no configuration file")
                .hasMessageContaining("BadPrograms.java:");
        assertThat(rejection(nested("StaticInitializerThrows"), Map.of()))
                .hasMessageContaining("static initializer threw NumberFormatException");
    }

    /** A parameter out of its bounds, not a number, unknown, or given to a program without parameters is refused. */
    @Test
    void badParametersAreRefused() {
        assertThat(rejection(nested("WithClients"), Map.of("clients", "9")))
                .hasMessageContaining("parameter clients must lie in 1..3, not 9");
        assertThat(rejection(nested("WithClients"), Map.of("clients", "two")))
                .hasMessageContaining("parameter clients must be a whole number, not 'two'");
        assertThat(rejection(nested("WithClients"), Map.of("client", "2")))
                .hasMessageContaining("has no parameter client; it reads clients");
        assertThat(rejection(nested("Minimal"), Map.of("clients", "2")))
                .hasMessageContaining("takes no parameters");
    }

    /** A class path entry that does not exist, or is not a jar or folder, is refused before anything loads. */
    @Test
    void aBadClassPathIsRefused() {
        assertThatThrownBy(() -> ProgramLoader.load(new ProgramClass(nested("Minimal"),
                List.of(Path.of("/no/such.jar")), ProgramParameters.none())))
                .isInstanceOf(ProgramRejected.class).hasMessageContaining("does not exist");
    }
}
