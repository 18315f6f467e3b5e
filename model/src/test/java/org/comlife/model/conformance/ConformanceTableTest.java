package org.comlife.model.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The conformance table, model/CONFORMANCE.md, is generated from the suite: every test of this
 * package is a cited Windows fact, and the table says for each what Windows does, where that is
 * recorded, and whether the model does the same or departs (and why). The committed table must
 * be the one the suite generates; {@code -Dcomlife.conformance.regenerate=true} rewrites it.
 */
class ConformanceTableTest {
    static final String REGENERATE = "mvn -q -pl model test -Dtest=ConformanceTableTest "
            + "-Dcomlife.conformance.regenerate=true";
    /** The floor for the number of cited facts. */
    private static final int MINIMUM_FACTS = 60;

    /** One row: a test method and its citation. */
    record Fact(String area, String id, String windows, WindowsFact citation) {
        boolean departs() {
            return !citation.departure().isEmpty();
        }
    }

    /** Every test of the package carries a citation, with a unique id and a display name that cites it. */
    @Test
    void everyFactIsCited() throws Exception {
        List<Fact> facts = facts();

        assertThat(facts).hasSizeGreaterThanOrEqualTo(MINIMUM_FACTS);
        Set<String> ids = new HashSet<>();
        for (Fact fact : facts) {
            assertThat(ids.add(fact.id())).as("fact id " + fact.id() + " is unique").isTrue();
            assertThat(fact.citation().model().isEmpty()).as(fact.id() + ": a departure says both what the model "
                    + "does and why").isEqualTo(fact.citation().departure().isEmpty());
        }
    }

    /** Each departure is listed, by its id, in the README's departures table. */
    @Test
    void everyDepartureIsInTheReadme() throws Exception {
        String readme = Files.readString(moduleDirectory().getParent().resolve("README.md"), StandardCharsets.UTF_8);
        List<Fact> departures = facts().stream().filter(Fact::departs).toList();

        List<String> unlisted = departures.stream().map(Fact::id).filter(id -> !readme.contains("(fact " + id + ")"))
                .toList();

        assertThat(departures).isNotEmpty();
        assertThat(unlisted).as("departures the README's table does not list as \"(fact <id>)\"").isEmpty();
    }

    /** The committed model/CONFORMANCE.md is the table this suite generates. */
    @Test
    void committedTableIsCurrent() throws Exception {
        String table = table(facts());
        Path module = moduleDirectory();
        Files.createDirectories(module.resolve("target"));
        Files.writeString(module.resolve("target/CONFORMANCE.md"), table, StandardCharsets.UTF_8);
        Path committed = module.resolve("CONFORMANCE.md");
        if (Boolean.getBoolean("comlife.conformance.regenerate")) {
            Files.writeString(committed, table, StandardCharsets.UTF_8);
        }
        if (!Files.exists(committed) || !Files.readString(committed, StandardCharsets.UTF_8).equals(table)) {
            fail("model/CONFORMANCE.md is not the table the conformance suite generates (see target/CONFORMANCE.md); "
                    + "regenerate it with: " + REGENERATE);
        }
    }

    /** Every fact of the suite, area by area (in the order of {@link #AREAS}), in the order of their ids. */
    static List<Fact> facts() throws IOException, URISyntaxException, ClassNotFoundException {
        List<Fact> facts = new ArrayList<>();
        for (Class<?> area : areas()) {
            List<Fact> ofArea = new ArrayList<>();
            for (Method method : area.getDeclaredMethods()) {
                if (!method.isAnnotationPresent(Test.class)) {
                    continue;
                }
                WindowsFact citation = method.getAnnotation(WindowsFact.class);
                DisplayName name = method.getAnnotation(DisplayName.class);
                assertThat(citation).as(area.getSimpleName() + "." + method.getName() + " is cited").isNotNull();
                assertThat(name).as(area.getSimpleName() + "." + method.getName() + " states its fact").isNotNull();
                String cited = " (" + citation.source().shortName() + " ";
                int at = name.value().lastIndexOf(cited);
                assertThat(at).as(citation.id() + "'s display name ends by citing " + citation.source().shortName())
                        .isPositive();
                assertThat(name.value()).as(citation.id() + "'s display name ends with its citation").endsWith(")");
                ofArea.add(new Fact(area.getAnnotation(DisplayName.class).value(), citation.id(),
                        name.value().substring(0, at), citation));
            }
            ofArea.sort(Comparator.comparingInt(fact -> Integer.parseInt(fact.id().substring(1))));
            facts.addAll(ofArea);
        }
        return facts;
    }

    /** The classes of this package whose tests are facts, in the table's order. */
    private static List<Class<?>> areas() throws IOException, URISyntaxException, ClassNotFoundException {
        List<Class<?>> areas = new ArrayList<>(AREAS);
        Path directory = Path.of(ConformanceTableTest.class.getResource("").toURI());
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (!name.endsWith("Facts.class")) {
                    continue;
                }
                Class<?> area = Class.forName(ConformanceTableTest.class.getPackageName() + "."
                        + name.substring(0, name.length() - ".class".length()));
                assertThat(AREAS).as(area.getSimpleName() + " is listed in ConformanceTableTest.AREAS").contains(area);
            }
        }
        return areas;
    }

    private static final List<Class<?>> AREAS = List.of(NormalMarshalingFacts.class, TableMarshalingFacts.class,
            StreamHelperFacts.class, ApartmentFacts.class, ProxyCallFacts.class, ClassRegistrationFacts.class, ClassLookupFacts.class,
            ServerLifetimeFacts.class, ExternalConnectionFacts.class, GlobalInterfaceTableFacts.class,
            NullArgumentFacts.class);

    private static Path moduleDirectory() throws URISyntaxException {
        // target/test-classes -> the module
        return Path.of(ConformanceTableTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .getParent().getParent();
    }

    static String table(List<Fact> facts) {
        long departures = facts.stream().filter(Fact::departs).count();
        StringBuilder text = new StringBuilder();
        text.append("# Windows conformance of the model\n\n")
                .append("Generated from the conformance suite (model/src/test/java/org/comlife/model/conformance) by\n")
                .append("`ConformanceTableTest`; do not edit by hand. Regenerate with\n`").append(REGENERATE)
                .append("`.\n\n")
                .append("Each row is a test: it checks the Windows behaviour of the first column against the model. ")
                .append("Wine's tests run\non Windows too, so what they assert is Windows' behaviour (`todo_wine` marks ")
                .append("where Wine itself differs).\nA departure's test asserts what the model does instead; the README's ")
                .append("departures table lists it.\n\n")
                .append(facts.size()).append(" facts: ").append(facts.size() - departures)
                .append(" as Windows behaves, ").append(departures).append(" documented departures.\n");
        String area = null;
        for (Fact fact : facts) {
            if (!fact.area().equals(area)) {
                area = fact.area();
                text.append("\n## ").append(area).append("\n\n")
                        .append("| fact | Windows | source | model | verdict |\n|---|---|---|---|---|\n");
            }
            WindowsFact citation = fact.citation();
            String source = citation.source().title() + ", " + citation.where()
                    + (citation.expects().isEmpty() ? "" : ": `" + citation.expects() + "`");
            text.append("| ").append(fact.id()).append(" | ").append(cell(fact.windows())).append(" | ")
                    .append(cell(source)).append(" | ")
                    .append(fact.departs() ? cell(citation.model()) : "as Windows").append(" | ")
                    .append(fact.departs() ? "departure: " + cell(citation.departure()) : "pass").append(" |\n");
        }
        return text.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }
}
