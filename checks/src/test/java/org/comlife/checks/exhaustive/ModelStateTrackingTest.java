package org.comlife.checks.exhaustive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.tree.ClassNode;

/**
 * Partial-order reduction is only as sound as the model's reports of what each step touches: a
 * field read or written where nobody is told makes two steps look independent when they are
 * not. These tests read the model's class files, so a new API call, a new field or a new entity
 * cannot escape the reports without failing the build.
 */
class ModelStateTrackingTest {

    /** Every method of the model that reads or writes a state field reports the access (or is marked {@code @Untracked}, with a reason). */
    @Test
    void everyAccessToTheModelsStateIsReported() throws Exception {
        List<ClassNode> model = ModelStateAudit.modelClasses();

        assertThat(model).hasSizeGreaterThan(30);
        assertThat(ModelStateAudit.unreported(model)).isEmpty();
    }

    /** The audit is not vacuous: it finds an unreported write, an unreported read and an unreported change to a held list. */
    @Test
    void theAuditFindsAccessesThatAreNotReported() throws Exception {
        List<String> problems = ModelStateAudit.unreported(List.of(ModelStateAudit.classOf(Unreported.class)));

        assertThat(problems).anyMatch(p -> p.startsWith("ModelStateTrackingTest$Unreported.bump:") && p.contains("write"));
        assertThat(problems).anyMatch(p -> p.startsWith("ModelStateTrackingTest$Unreported.peek:") && p.contains("reads"));
        assertThat(problems).anyMatch(p -> p.startsWith("ModelStateTrackingTest$Unreported.append:") && p.contains("write"));
        assertThat(problems).noneMatch(p -> p.contains(".fixed"));
    }

    /** An entity as a careless new model class would write it: state that nobody is told about. */
    static final class Unreported {
        private final int fixedNumber = 3;
        private final List<String> names = new ArrayList<>();
        private int count;

        void bump() {
            count++;
        }

        int peek() {
            return count;
        }

        void append(String name) {
            names.add(name);
        }

        int fixed() {
            return fixedNumber;
        }
    }
}
