package org.comlife.checks.exhaustive;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.comlife.checks.schedule.StepAccesses;
import org.comlife.model.Apartment;
import org.comlife.model.ApartmentKind;
import org.comlife.model.ComEvent;
import org.comlife.model.ComObject;
import org.comlife.model.ComProcess;
import org.comlife.model.ComThread;
import org.comlife.model.ComWorld;
import org.comlife.model.MarshalPacket;
import org.comlife.model.MarshalStream;
import org.comlife.model.PostedCall;
import org.comlife.model.Proxy;
import org.comlife.model.Registration;
import org.comlife.model.Scm;
import org.comlife.model.StatePart;
import org.comlife.model.StubManager;

/**
 * Names the parts of the model a step touched by what their entities are, never by their
 * numbers: an object by its apartment and name, a stub and a proxy by their object and
 * apartment, a posted call by its caller and the caller's place in its code, a thread, process
 * or event by its name. Numbers depend on the order entities were made in, and a class must be
 * the same in every run that meets the entity, whatever came before (two runs that reach one
 * state can have numbered its entities differently). Entities alike in all of that share a
 * class, which can only make steps look dependent, never independent.
 *
 * <p>Each class of one exploration gets a number; footprints are kept once each. Thread names
 * of a group of interchangeable threads stand for the group ({@link InterchangeableThreads}).
 */
final class EntityClasses {
    private final ConcurrentHashMap<String, Integer> numbers = new ConcurrentHashMap<>();
    private final AtomicInteger next = new AtomicInteger();
    private final ConcurrentHashMap<Footprint, Footprint> footprints = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Class<?>, Boolean> statelessHelpers = new ConcurrentHashMap<>();
    /** The groups of interchangeable threads whose names stand for their group; set by the first run. */
    private volatile InterchangeableThreads interchangeable = InterchangeableThreads.NONE;
    private volatile List<List<String>> groups;

    /**
     * Makes the threads of these groups go by their group's name; true if they are the groups
     * of the first run to tell (a program declares the same groups, before its first step, in
     * every run), false if not.
     */
    synchronized boolean useGroups(List<List<String>> declared) {
        if (groups == null) {
            groups = List.copyOf(declared);
            interchangeable = InterchangeableThreads.of(groups);
            return true;
        }
        return groups.equals(declared);
    }

    /** The number of a class given by its name. */
    int number(String name) {
        Integer known = numbers.get(name);
        return known != null ? known : numbers.computeIfAbsent(name, unused -> next.getAndIncrement());
    }

    /** The name of a class by its number (for diagnostics; slow). */
    String name(int number) {
        for (Map.Entry<String, Integer> entry : numbers.entrySet()) {
            if (entry.getValue() == number) {
                return entry.getKey();
            }
        }
        return "?" + number;
    }

    /** The names of a footprint's classes (for diagnostics; slow). */
    String describe(Footprint footprint) {
        StringBuilder text = new StringBuilder("reads {");
        for (int number : footprint.reads()) {
            text.append(name(number)).append("; ");
        }
        text.append("} writes {");
        for (int number : footprint.writes()) {
            text.append(name(number)).append("; ");
        }
        return text.append('}').toString();
    }

    /** The name a thread ({@code process/thread}) goes by in classes and futures: its group's, if it has one. */
    String threadKey(String qualifiedName) {
        return interchangeable.keyOf(qualifiedName);
    }

    /** The class a thread's own state is in: written when it is made and when its process ends it. */
    int threadState(String qualifiedName) {
        return number("T " + threadKey(qualifiedName) + " " + StatePart.THREAD_WAIT);
    }

    /** The class of what the invariants read of one process (see {@link ObservedState}). */
    int observed(String process) {
        return number("V " + process);
    }

    /** A footprint, kept once for the whole exploration. */
    Footprint intern(Footprint footprint) {
        Footprint known = footprints.putIfAbsent(footprint, footprint);
        return known == null ? footprint : known;
    }

    /** The footprint of recorded accesses; {@code extraWrites} are classes written besides. */
    Footprint footprint(List<StepAccesses.Access> accesses, int[] extraWrites) {
        List<Integer> reads = new ArrayList<>();
        List<Integer> writes = new ArrayList<>();
        Map<Object, String> keys = new IdentityHashMap<>();
        for (StepAccesses.Access access : accesses) {
            if (access.part() == StatePart.CLIENT_REFERENCES) {
                // What invariant 2's ghost checks read is what the invariants observe of the process.
                (access.write() ? writes : reads).add(observed(((ComProcess) access.entity()).name()));
                continue;
            }
            String key = keys.computeIfAbsent(access.entity(), this::keyOf);
            if (isStatelessHelper(access)) {
                continue;
            }
            if (access.part() == StatePart.CLASS_OBJECT_ACTIVATION && !activationKeepsState(access.entity())) {
                continue;
            }
            int number = number(key + " " + access.part());
            (access.write() ? writes : reads).add(number);
            if (access.part() == StatePart.GIT && keepsState(access.entity())) {
                // The GIT marshals with the process's marshaler, which the model does not see it use.
                writes.add(number(key + " " + StatePart.MARSHALER));
            }
        }
        int[] written = new int[writes.size() + extraWrites.length];
        for (int i = 0; i < writes.size(); i++) {
            written[i] = writes.get(i);
        }
        System.arraycopy(extraWrites, 0, written, writes.size(), extraWrites.length);
        int[] read = new int[reads.size()];
        for (int i = 0; i < read.length; i++) {
            read[i] = reads.get(i);
        }
        return intern(Footprint.of(read, written));
    }

    /** Whether the process's marshaler keeps state of its own (a class with instance fields). */
    private boolean keepsState(Object process) {
        return hasOwnState(((ComProcess) process).marshaler());
    }

    private boolean hasOwnState(Object helper) {
        return !statelessHelpers.computeIfAbsent(helper.getClass(), EntityClasses::hasNoFields);
    }

    /**
     * A use of a process's marshaler, inter-thread streams or proxy dispatch whose class keeps no
     * state of its own: it touches nothing but the model's entities, whose accesses are reported
     * on their own.
     */
    private boolean isStatelessHelper(StepAccesses.Access access) {
        if (!(access.entity() instanceof ComProcess process)) {
            return false;
        }
        switch (access.part()) {
            case MARSHALER:
                return !keepsState(process);
            case INTER_THREAD_STREAMS:
                return !hasOwnState(process.interThreadStreams());
            case PROXY_DISPATCH:
                return !hasOwnState(process.proxyDispatch());
            default:
                return false;
        }
    }

    /** Whether the process's activation path keeps state of its own; the reference keeps none. */
    private boolean activationKeepsState(Object process) {
        Class<?> helper = ((ComProcess) process).classObjectActivation().getClass();
        return !statelessHelpers.computeIfAbsent(helper, EntityClasses::hasNoFields);
    }

    private static boolean hasNoFields(Class<?> type) {
        for (Class<?> at = type; at != null && at != Object.class; at = at.getSuperclass()) {
            for (Field field : at.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers())) {
                    return false;
                }
            }
        }
        return true;
    }

    /** What an entity is, by what it is and not by its number; null for something that is not state. */
    private String keyOf(Object entity) {
        if (entity instanceof ComThread thread) {
            return "T " + threadKey(thread.process().name() + "/" + thread.name());
        } else if (entity instanceof ComProcess process) {
            return "P " + process.name();
        } else if (entity instanceof Apartment apartment) {
            return apartment(apartment);
        } else if (entity instanceof ComObject object) {
            return object(object);
        } else if (entity instanceof StubManager stub) {
            return "S " + object(stub.object());
        } else if (entity instanceof Proxy proxy) {
            return "X " + apartment(proxy.clientApartment()) + " " + object(proxy.target());
        } else if (entity instanceof MarshalStream) {
            return "M";
        } else if (entity instanceof MarshalPacket packet) {
            return "K " + object(packet.stub().object()) + " " + packet.flags();
        } else if (entity instanceof Registration registration) {
            return "R " + registration.apartment().process().name() + " " + registration.clsid().name();
        } else if (entity instanceof ComEvent event) {
            return "E " + event.name();
        } else if (entity instanceof PostedCall call) {
            ComThread caller = call.caller();
            return "C " + threadKey(caller.process().name() + "/" + caller.name()) + " #" + call.callNumber();
        } else if (entity instanceof Scm) {
            return "SCM";
        } else if (entity instanceof ComWorld) {
            return "W";
        }
        throw new IllegalStateException("the model reported an access to an unknown entity: " + entity.getClass());
    }

    private String apartment(Apartment apartment) {
        String process = apartment.process().name();
        return apartment.kind() == ApartmentKind.MTA ? "A " + process + " MTA"
                : "A " + process + " STA " + threadKey(process + "/" + apartment.owner().name());
    }

    private String object(ComObject object) {
        return "O " + apartment(object.home()) + " " + object.name();
    }
}
