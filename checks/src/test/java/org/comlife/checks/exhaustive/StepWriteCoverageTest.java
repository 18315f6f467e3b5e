package org.comlife.checks.exhaustive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.comlife.checks.faults.Fault;
import org.comlife.checks.faults.FaultCatalogue;
import org.comlife.checks.schedule.DeterministicScheduler;
import org.comlife.checks.schedule.RandomChooser;
import org.comlife.checks.schedule.StepAccesses;
import org.comlife.checks.schedule.StepObserver;
import org.comlife.model.Apartment;
import org.comlife.model.ComEvent;
import org.comlife.model.ComObject;
import org.comlife.model.ComProcess;
import org.comlife.model.ComThread;
import org.comlife.model.MarshalPacket;
import org.comlife.model.MarshalStream;
import org.comlife.model.PostedCall;
import org.comlife.model.Proxy;
import org.comlife.model.Registration;
import org.comlife.model.StubManager;
import org.comlife.model.examples.ManagedAutoMarshalExample;
import org.comlife.model.examples.OutOfProcessServerExample;
import org.comlife.model.examples.VsPackageExample;
import org.comlife.model.program.Program;
import org.comlife.model.runtime.RuntimeHelpers;
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
import org.junit.jupiter.api.Test;

/**
 * Whatever a step changes in the model's state, the model told the explorer it wrote: on random
 * schedules of the examples and of every catalogue program and twin, each value that differs
 * between the snapshots before and after a step (an object's count, a stub, a queue, a process's
 * count or flags, a thread's wait...) is covered by a reported write of that entity's part. The
 * static audit ({@link ModelStateTrackingTest}) checks the code; this checks the behaviour.
 */
class StepWriteCoverageTest {
    private static final int SEEDS = 12;

    /** No step of any program here changes a part of the state it did not report writing. */
    @Test
    void everyChangeAStepMakesIsAReportedWrite() {
        Map<String, Program> programs = new HashMap<>();
        Map<String, RuntimeHelpers> helpers = new HashMap<>();
        programs.put("vs-package", VsPackageExample::start);
        programs.put("managed-auto-marshal", (world, threads) -> ManagedAutoMarshalExample.start(world, threads, 1));
        programs.put("out-of-process-server", (world, threads) -> OutOfProcessServerExample.start(world, threads, 1, 2));
        for (Fault fault : FaultCatalogue.all()) {
            programs.put(fault.id() + " program", fault.program());
            helpers.put(fault.id() + " program", fault.helpers());
            programs.put(fault.id() + " twin", fault.twin());
        }
        List<String> uncovered = new ArrayList<>();
        int steps = 0;
        for (Map.Entry<String, Program> program : programs.entrySet()) {
            for (long seed = 1; seed <= SEEDS; seed++) {
                StepAccesses accesses = new StepAccesses();
                WorldSnapshot[] before = {null};
                int[] counted = {0};
                String name = program.getKey() + " seed " + seed;
                StepObserver observer = (step, world, threads) -> {
                    WorldSnapshot now = WorldSnapshot.of(world);
                    if (before[0] != null) {
                        counted[0]++;
                        for (String change : uncovered(before[0], now, written(accesses.lastStep()))) {
                            uncovered.add(name + " step " + step + ": " + change);
                        }
                    }
                    before[0] = now;
                    return false;
                };
                DeterministicScheduler.run(program.getValue(), helpers.getOrDefault(program.getKey(),
                        RuntimeHelpers.reference()), new RandomChooser(seed), observer, 5_000, true, accesses);
                steps += counted[0];
            }
        }
        assertThat(steps).isGreaterThan(1_000);
        assertThat(uncovered).isEmpty();
    }

    /** The writes a step reported, as entity and part. */
    private static Set<String> written(List<StepAccesses.Access> accesses) {
        Set<String> written = new HashSet<>();
        for (StepAccesses.Access access : accesses) {
            if (access.write()) {
                written.add(id(access.entity()) + " " + access.part());
            }
        }
        return written;
    }

    private static String id(Object entity) {
        if (entity instanceof ComThread thread) {
            return "T " + thread.process().name() + "/" + thread.name();
        } else if (entity instanceof ComProcess process) {
            return "P " + process.name();
        } else if (entity instanceof Apartment apartment) {
            return "A " + apartment.id();
        } else if (entity instanceof ComObject object) {
            return "O " + object.id();
        } else if (entity instanceof StubManager stub) {
            return "S " + stub.id();
        } else if (entity instanceof Proxy proxy) {
            return "X " + proxy.id();
        } else if (entity instanceof MarshalStream stream) {
            return "M " + stream.id();
        } else if (entity instanceof MarshalPacket packet) {
            return "K " + packet.id();
        } else if (entity instanceof Registration registration) {
            return "R " + registration.cookie();
        } else if (entity instanceof ComEvent event) {
            return "E " + event.name();
        } else if (entity instanceof PostedCall call) {
            return "C " + call.caller().process().name() + "/" + call.caller().name();
        }
        return entity.getClass().getSimpleName();
    }

    /** Each change between two snapshots that none of the writes covers, described. */
    private static List<String> uncovered(WorldSnapshot before, WorldSnapshot after, Set<String> written) {
        List<String> uncovered = new ArrayList<>();
        Changes changes = new Changes(written, uncovered);
        changes.check(before.deadlocked() != after.deadlocked(), "deadlock", "ComWorld WORLD_DEADLOCK");
        changes.check(before.launches() != after.launches(), "launches", "Scm SCM_LAUNCHES");
        Map<String, ThreadSnapshot> threads = new HashMap<>();
        before.threads().forEach(t -> threads.put(t.process() + "/" + t.name(), t));
        for (ThreadSnapshot now : after.threads()) {
            String name = now.process() + "/" + now.name();
            ThreadSnapshot was = threads.get(name);
            if (was == null) {
                continue;
            }
            changes.check(!java.util.Objects.equals(was.apartment(), now.apartment()) || was.initCount() != now.initCount(),
                    name + " apartment", "T " + name + " THREAD_APARTMENT", "P " + now.process() + " PROCESS_APARTMENTS",
                    was.apartment() == null ? "-" : "A " + was.apartment().number() + " APARTMENT_ALIVE");
            changes.check(was.waitMode() != now.waitMode(), name + " wait mode", "T " + name + " THREAD_WAIT");
            changes.check(was.waitMode() == now.waitMode() && !java.util.Objects.equals(was.waitingFor(), now.waitingFor()),
                    name + " wait", "T " + name + " THREAD_WAIT", "C " + name + " POSTED_CALL");
        }
        Map<String, Boolean> events = new HashMap<>();
        before.events().forEach(e -> events.put(e.name(), e.signaled()));
        for (EventSnapshot now : after.events()) {
            Boolean was = events.get(now.name());
            changes.check(was != null && was != now.signaled(), "event " + now.name(), "E " + now.name() + " EVENT");
        }
        Map<Integer, ObjectSnapshot> objects = new HashMap<>();
        after.objects().forEach(o -> objects.put(o.id().number(), o));
        for (ObjectSnapshot was : before.objects()) {
            ObjectSnapshot now = objects.get(was.id().number());
            changes.check(now == null || now.refs() != was.refs(), "object " + was.name(), "O " + was.id().number() + " OBJECT_REFS");
        }
        Map<Integer, StreamSnapshot> streams = new HashMap<>();
        after.streams().forEach(s -> streams.put(s.id().number(), s));
        for (StreamSnapshot was : before.streams()) {
            changes.check(!was.equals(streams.get(was.id().number())), "stream", "M " + was.id().number() + " STREAM");
        }
        Map<Integer, PacketSnapshot> packets = new HashMap<>();
        after.packets().forEach(p -> packets.put(p.id().number(), p));
        for (PacketSnapshot was : before.packets()) {
            PacketSnapshot now = packets.get(was.id().number());
            changes.check(was.consumed() != now.consumed() || was.released() != now.released(), "packet",
                    "K " + was.id().number() + " PACKET");
        }
        for (ProcessSnapshot was : before.processes()) {
            ProcessSnapshot now = after.process(was.name());
            processChanges(changes, was, now);
        }
        return uncovered;
    }

    private static void processChanges(Changes changes, ProcessSnapshot was, ProcessSnapshot now) {
        String p = "P " + was.name();
        changes.check(was.serverRefs() != now.serverRefs() || was.classesSuspended() != now.classesSuspended(),
                was.name() + " count", p + " SERVER_COUNT");
        changes.check(was.shutdownCommitted() != now.shutdownCommitted() || was.exited() != now.exited()
                || was.everPublished() != now.everPublished() || was.resumed() != now.resumed(),
                was.name() + " lifetime", p + " PROCESS_LIFETIME");
        changes.check(was.mtaMembers() != now.mtaMembers() || was.apartments().size() != now.apartments().size(),
                was.name() + " apartments", p + " PROCESS_APARTMENTS");
        changes.check(!was.gitCookies().equals(now.gitCookies()), was.name() + " GIT", p + " GIT");
        Map<Integer, RegistrationSnapshot> registrations = new HashMap<>();
        now.registrations().forEach(r -> registrations.put(r.cookie().number(), r));
        for (RegistrationSnapshot registration : was.registrations()) {
            RegistrationSnapshot later = registrations.get(registration.cookie().number());
            changes.check(later == null, "registration removed", p + " CLASS_TABLE");
            changes.check(later != null && !later.equals(registration), "registration",
                    "R " + registration.cookie().number() + " REGISTRATION", p + " CLASS_TABLE");
        }
        changes.check(now.registrations().size() > was.registrations().size(), "registration added", p + " CLASS_TABLE");
        Map<Integer, ApartmentSnapshot> apartments = new HashMap<>();
        now.apartments().forEach(a -> apartments.put(a.id().number(), a));
        for (ApartmentSnapshot before : was.apartments()) {
            ApartmentSnapshot after = apartments.get(before.id().number());
            String a = "A " + before.id().number();
            changes.check(before.alive() != after.alive(), "apartment alive", a + " APARTMENT_ALIVE");
            changes.check(before.quitPosted() != after.quitPosted() || !before.queue().equals(after.queue()),
                    "apartment queue", a + " APARTMENT_QUEUE");
            Map<Integer, StubSnapshot> stubs = new HashMap<>();
            after.stubs().forEach(s -> stubs.put(s.id().number(), s));
            for (StubSnapshot stub : before.stubs()) {
                StubSnapshot later = stubs.get(stub.id().number());
                changes.check(later == null, "stub removed", a + " APARTMENT_STUBS");
                changes.check(later != null && !later.equals(stub), "stub", "S " + stub.id().number() + " STUB");
            }
            changes.check(after.stubs().size() > before.stubs().size(), "stub added", a + " APARTMENT_STUBS");
            Map<Integer, ProxySnapshot> proxies = new HashMap<>();
            after.proxies().forEach(x -> proxies.put(x.id().number(), x));
            for (ProxySnapshot proxy : before.proxies()) {
                ProxySnapshot later = proxies.get(proxy.id().number());
                changes.check(later == null, "proxy removed", a + " APARTMENT_PROXIES");
                changes.check(later != null && !later.equals(proxy), "proxy", "X " + proxy.id().number() + " PROXY");
            }
            changes.check(after.proxies().size() > before.proxies().size(), "proxy added", a + " APARTMENT_PROXIES");
        }
    }

    /** Checks changes against the writes: a change is covered when one of its alternatives was written. */
    private record Changes(Set<String> written, List<String> uncovered) {
        void check(boolean changed, String what, String... alternatives) {
            if (!changed) {
                return;
            }
            for (String alternative : alternatives) {
                if (written.contains(alternative)) {
                    return;
                }
            }
            uncovered.add(what + " changed, none of " + List.of(alternatives) + " reported written");
        }
    }
}
