package org.comlife.checks.jpf.program;

import static org.comlife.checks.jpf.search.JpfReflection.call;
import static org.comlife.checks.jpf.search.JpfReflection.type;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.comlife.checks.jpf.host.JpfGranularity;
import org.comlife.checks.jpf.program.JpfProgramState;

/**
 * JPF's state serializer for {@link JpfGranularity#PROGRAM_STATE}, in the JPF JVM: a state in
 * which the program has published its text ({@link JpfProgramState}) is that text, and nothing
 * else of JPF's heap or stacks. Any other state (between the program's turns: threads starting
 * and falling asleep, a turn being handed over) is JPF's own serialization of the heap and the
 * stacks, as at {@link JpfGranularity#API_STEP}: the orders in which threads start and arrive
 * meet again there. The two kinds are told apart by a first number, so they never match each
 * other.
 *
 * <p>comlife is compiled against nothing of JPF's, so the serializer is a proxy of JPF's
 * {@code StateSerializer} interface, installed through JPF's API once the VM exists (the state
 * set, which took JPF's own serializer when the VM was made, is attached again). It reads the
 * published text from JPF's heap through JPF's public API, by reflection.
 */
public final class JpfProgramStateMatching implements InvocationHandler {
    /** The JPF argument that asks for it (a key of comlife's own, which JPF keeps and ignores). */
    public static final String ARGUMENT = "+comlife.state_matching=program";
    private static final int NULL_REFERENCE = 0; // JPF's MJIEnv.NULL

    /**
     * A 64-bit hash of each distinct program state met (JPF's own state set matches on 64-bit
     * hashes too); the texts themselves, a few kilobytes each, would not fit by the million.
     */
    private final Set<Long> programStates = new HashSet<>();
    private final Object heapSerializer;
    private final Method heapStoringData;
    private Object vm;
    private Object publisherClass; // JPF's ClassInfo of JpfProgramState, once resolved
    private Method staticFields;
    private Method referenceField;
    private Method heap;
    private Method heapObject;
    private Method text;

    private JpfProgramStateMatching(Object heapSerializer) {
        this.heapSerializer = heapSerializer;
        try {
            this.heapStoringData = type("gov.nasa.jpf.vm.StateSerializer").getMethod("getStoringData");
        } catch (NoSuchMethodException missing) {
            throw new IllegalStateException("JPF's StateSerializer has no getStoringData() (another jpf-core"
                    + " version?)", missing);
        }
    }

    /** Whether the JPF arguments ask for program-state matching. */
    public static boolean asked(List<String> jpfArguments) {
        return jpfArguments.contains(ARGUMENT);
    }

    /** Makes the JPF instance match states on the program's published state; call before it runs. */
    public static JpfProgramStateMatching install(Object jpf) {
        Object vm = call(jpf, "getVM");
        JpfProgramStateMatching matching = new JpfProgramStateMatching(call(vm, "getSerializer"));
        Class<?> serializerType = type("gov.nasa.jpf.vm.StateSerializer");
        Object serializer = Proxy.newProxyInstance(JpfProgramStateMatching.class.getClassLoader(),
                new Class<?>[] {serializerType}, matching);
        call(vm, "setSerializer", serializer); // JPF calls attach(vm) on it
        Object stateSet = call(vm, "getStateSet");
        if (stateSet == null || !type("gov.nasa.jpf.vm.SerializingStateSet").isInstance(stateSet)) {
            throw new IllegalStateException("JPF's state set (vm.storage.class) is " + stateSet
                    + ", not a serializing one: program-state matching needs JPF's default JenkinsStateSet");
        }
        call(stateSet, "attach", vm); // it takes the VM's serializer again: this one
        return matching;
    }

    /** The distinct program states JPF stored. */
    public long programStates() {
        return programStates.size();
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] arguments) {
        switch (method.getName()) {
            case "attach":
                vm = arguments[0];
                return null;
            case "getStoringData":
                return storingData();
            case "addNativeStateHolder":
                return null; // native state JPF keeps beside the heap: not part of a program state
            case "hashCode":
                return System.identityHashCode(proxy);
            case "equals":
                return proxy == arguments[0];
            case "toString":
                return "comlife program-state serializer";
            default:
                throw new UnsupportedOperationException("JPF called StateSerializer." + method.getName()
                        + ", which this jpf-core version has and comlife does not know");
        }
    }

    private int[] storingData() {
        String published = published();
        if (published == null) {
            int[] heap = heapStoringData();
            int[] data = new int[heap.length + 1];
            System.arraycopy(heap, 0, data, 1, heap.length);
            return data;
        }
        programStates.add(fnv64(published));
        int[] data = new int[published.length() + 1];
        data[0] = 1;
        for (int i = 0; i < published.length(); i++) {
            data[i + 1] = published.charAt(i);
        }
        return data;
    }

    /** FNV-1a over the text's characters. */
    private static long fnv64(String text) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            hash = (hash ^ text.charAt(i)) * 0x100000001b3L;
        }
        return hash;
    }

    private int[] heapStoringData() {
        try {
            return (int[]) heapStoringData.invoke(heapSerializer);
        } catch (ReflectiveOperationException failed) {
            throw new IllegalStateException("JPF's own serializer failed: " + failed, failed);
        }
    }

    /** The text JpfProgramState.published holds in JPF's heap now, or null. */
    private String published() {
        try {
            if (publisherClass == null) {
                Class<?> loaders = type("gov.nasa.jpf.vm.ClassLoaderInfo");
                publisherClass = loaders.getMethod("getSystemResolvedClassInfo", String.class)
                        .invoke(null, JpfProgramState.class.getName());
                staticFields = publisherClass.getClass().getMethod("getStaticElementInfo");
                referenceField = type("gov.nasa.jpf.vm.ElementInfo").getMethod("getReferenceField", String.class);
                heap = vm.getClass().getMethod("getHeap");
                heapObject = type("gov.nasa.jpf.vm.Heap").getMethod("get", int.class);
                text = type("gov.nasa.jpf.vm.ElementInfo").getMethod("asString");
            }
            Object statics = staticFields.invoke(publisherClass);
            if (statics == null) {
                return null; // not initialized yet: nothing published
            }
            int reference = (Integer) referenceField.invoke(statics, JpfProgramState.PUBLISHED_FIELD);
            if (reference == NULL_REFERENCE) {
                return null;
            }
            return (String) text.invoke(heapObject.invoke(heap.invoke(vm), reference));
        } catch (ReflectiveOperationException failed) {
            throw new IllegalStateException("cannot read the program's state from JPF's heap (another jpf-core"
                    + " version?): " + failed, failed);
        }
    }
}
