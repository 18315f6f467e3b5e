package org.comlife.checks.property.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.comlife.checks.property.chain.Handle;
import org.comlife.checks.property.chain.HandleKind;
import org.junit.jupiter.api.Test;

/** The action declarations hold together: every action class is registered once, and its handles are its own. */
class ActionsTest {

    /** Every action record of the package has exactly one kind in {@link Actions#KINDS}, with a distinct label. */
    @Test
    void everyActionClassIsRegisteredOnce() throws ClassNotFoundException {
        List<Class<?>> actions = new ArrayList<>();
        File folder = new File(Actions.class.getProtectionDomain().getCodeSource().getLocation().getPath(),
                Actions.class.getPackageName().replace('.', '/'));
        for (String file : folder.list()) {
            Class<?> type = Class.forName(Actions.class.getPackageName() + "." + file.replace(".class", ""));
            if (type.isRecord() && Action.class.isAssignableFrom(type)) {
                actions.add(type);
            }
        }

        assertThat(actions).hasSizeGreaterThan(20);
        assertThat(Actions.KINDS).<Class<?>>extracting(ActionKind::type).containsExactlyInAnyOrderElementsOf(actions);
        assertThat(Actions.KINDS).extracting(ActionKind::label).doesNotHaveDuplicates();
    }

    /** An action's handles are its Handle components in order, and renaming replaces exactly those. */
    @Test
    void handlesAreTheRecordsHandleComponents() {
        Handle pointer = new Handle(1, HandleKind.POINTER);
        Handle stream = new Handle(2, HandleKind.STREAM);
        Handle other = new Handle(7, HandleKind.POINTER);
        MarshalToStream marshal = new MarshalToStream(pointer, stream, "t2");
        UnaryOperator<Handle> rename = Map.of(pointer, other, stream, stream)::get;

        assertThat(marshal.touches()).containsExactly(pointer, stream);
        assertThat(marshal.renamed(rename)).isEqualTo(new MarshalToStream(other, stream, "t2"));
        assertThat(new Uninitialize().touches()).isEmpty();
        assertThat(Set.copyOf(new CallMethod(pointer, "Work").renamed(rename).touches())).containsExactly(other);
    }
}
