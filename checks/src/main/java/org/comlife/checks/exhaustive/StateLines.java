package org.comlife.checks.exhaustive;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.comlife.checks.schedule.RunState;
import org.comlife.checks.schedule.ThreadStatus;
import org.comlife.model.EntityRef;
import org.comlife.model.journal.JournalEntry;
import org.comlife.model.snapshot.ApartmentSnapshot;
import org.comlife.model.snapshot.EventSnapshot;
import org.comlife.model.snapshot.ObjectSnapshot;
import org.comlife.model.snapshot.PacketSnapshot;
import org.comlife.model.snapshot.ProcessSnapshot;
import org.comlife.model.snapshot.ProxySnapshot;
import org.comlife.model.snapshot.RegistrationSnapshot;
import org.comlife.model.snapshot.StreamSnapshot;
import org.comlife.model.snapshot.StubSnapshot;
import org.comlife.model.snapshot.ThreadSnapshot;
import org.comlife.model.snapshot.WorldSnapshot;

/**
 * The lines of a state, made from the typed values of the threads' positions and of the
 * model's snapshot: what each line holds is the table of {@link CanonicalState}.
 */
final class StateLines {
    private StateLines() {
    }

    /** One line per thread, in the order of their names (process, then thread). */
    static List<StateLine> threads(RunState threads) {
        return threads(threads, null);
    }

    /** As {@link #threads(RunState)}, writing the names in {@code named} as their references. */
    static List<StateLine> threads(RunState threads, Map<String, EntityRef> named) {
        List<RunState.ThreadPosition> positions = inNameOrder(threads);
        List<StateLine> lines = new ArrayList<>(positions.size());
        for (RunState.ThreadPosition position : positions) {
            StateLine.Builder line = StateLine.tag('T', named).text(position.process()).text(position.name())
                    .constant(position.status());
            // A thread that has ended has no future: what its calls answered no longer matters,
            // and forgetting it merges the end states the threads' different histories reach.
            // One that ended by failing keeps its status and results, so it never merges with a clean one.
            if (position.status() != ThreadStatus.DONE) {
                for (JournalEntry call : position.calls()) {
                    line.text(call.operation()).value(call.value());
                }
            }
            lines.add(line.build());
        }
        return lines;
    }

    /** The threads' places in the order of their names (process, then thread): the order of their lines. */
    static List<RunState.ThreadPosition> inNameOrder(RunState threads) {
        List<RunState.ThreadPosition> positions = new ArrayList<>(threads.threads());
        positions.sort((a, b) -> {
            int byProcess = a.process().compareTo(b.process());
            return byProcess != 0 ? byProcess : a.name().compareTo(b.name());
        });
        return positions;
    }

    /** The lines of the model's state, in the snapshot's order (the canonical order does not depend on it). */
    static List<StateLine> entities(WorldSnapshot snapshot) {
        return entities(snapshot, null);
    }

    /** As {@link #entities(WorldSnapshot)}, writing the names in {@code named} as their references. */
    static List<StateLine> entities(WorldSnapshot snapshot, Map<String, EntityRef> named) {
        List<StateLine> lines = new ArrayList<>();
        lines.add(StateLine.tag('D').flag(snapshot.deadlocked()).number(snapshot.launches()).build());
        for (ThreadSnapshot thread : snapshot.threads()) {
            // Where a thread waits inside a call, and whether its reply has come, is part of its
            // position: two threads blocked in the same call can wait for different things.
            lines.add(StateLine.tag('W', named).text(thread.process()).text(thread.name()).ref(thread.apartment())
                    .number(thread.initCount()).constant(thread.waitMode()).value(thread.waitingFor()).build());
        }
        for (EventSnapshot event : snapshot.events()) {
            lines.add(StateLine.tag('E').text(event.name()).flag(event.signaled()).build());
        }
        for (ObjectSnapshot object : snapshot.objects()) {
            lines.add(StateLine.tag('O').ref(object.id()).text(object.name()).ref(object.homeApartmentId())
                    .number(object.refs()).build());
        }
        for (ProcessSnapshot process : snapshot.processes()) {
            addProcess(lines, process, named);
        }
        for (StreamSnapshot stream : snapshot.streams()) {
            lines.add(StateLine.tag('M').ref(stream.id()).number(stream.refCount()).number(stream.position())
                    .number(stream.packets()).build());
        }
        for (PacketSnapshot packet : snapshot.packets()) {
            lines.add(StateLine.tag('K').ref(packet.id()).constant(packet.flags()).ref(packet.objectId())
                    .flag(packet.consumed()).flag(packet.released()).flag(packet.ended()).build());
        }
        return lines;
    }

    private static void addProcess(List<StateLine> lines, ProcessSnapshot process, Map<String, EntityRef> named) {
        String p = process.name();
        lines.add(StateLine.tag('P').text(p).constant(process.role()).number(process.serverRefs())
                .flag(process.classesSuspended()).flag(process.shutdownCommitted()).flag(process.exited())
                .number(process.mtaMembers()).flag(process.everPublished()).flag(process.resumed()).build());
        for (int i = 0; i < process.gitCookies().size(); i++) {
            lines.add(StateLine.tag('G').text(p).ref(process.gitCookies().get(i)).build());
        }
        for (RegistrationSnapshot registration : process.registrations()) {
            lines.add(StateLine.tag('R').text(p).ref(registration.cookie()).text(registration.clsid())
                    .number(registration.flags()).flag(registration.published()).flag(registration.used()).build());
        }
        for (ApartmentSnapshot apartment : process.apartments()) {
            lines.add(StateLine.tag('A', named).text(p).ref(apartment.id()).constant(apartment.kind())
                    .text(apartment.owner()).flag(apartment.alive()).values(apartment.queue())
                    .flag(apartment.quitPosted()).build());
            for (StubSnapshot stub : apartment.stubs()) {
                lines.add(StateLine.tag('S').ref(apartment.id()).ref(stub.id()).ref(stub.objectId())
                        .text(stub.object()).number(stub.extRefs()).number(stub.weakRefs())
                        .flag(stub.disconnected()).build());
            }
            for (ProxySnapshot proxy : apartment.proxies()) {
                lines.add(StateLine.tag('X').ref(apartment.id()).ref(proxy.id()).ref(proxy.objectId())
                        .text(proxy.serverProcess()).number(proxy.refs()).number(proxy.remoteRefs())
                        .number(proxy.implicitLocks()).flag(proxy.connected()).build());
            }
        }
    }
}
