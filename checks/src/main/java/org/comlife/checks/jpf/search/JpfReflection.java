package org.comlife.checks.jpf.search;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

/**
 * The few reflective moves the JPF JVM makes on JPF's classes, which comlife is not compiled
 * against: call a public method by name and arity, read a public field.
 */
public final class JpfReflection {
    private JpfReflection() {
    }

    /** Loads a JPF class from the JPF JVM's class path. */
    public static Class<?> type(String name) {
        try {
            return Class.forName(name, false, JpfReflection.class.getClassLoader());
        } catch (ClassNotFoundException missing) {
            throw new IllegalStateException("JPF class " + name + " is not on the class path (is jpf.jar there?)",
                    missing);
        }
    }

    /** Calls the static method with that name and number of arguments. */
    static Object callStatic(Class<?> type, String method, Object... arguments) {
        return invoke(find(type, method, arguments.length, true), null, arguments);
    }

    /** Calls the instance method with that name and number of arguments. */
    public static Object call(Object target, String method, Object... arguments) {
        if (target == null) {
            throw new IllegalStateException("JPF returned null where " + method + "() was to be called");
        }
        return invoke(find(target.getClass(), method, arguments.length, false), target, arguments);
    }

    /** Creates an instance through the public constructor with exactly these parameter types. */
    static Object construct(Class<?> type, Class<?>[] parameterTypes, Object... arguments) {
        try {
            return type.getConstructor(parameterTypes).newInstance(arguments);
        } catch (InvocationTargetException thrown) {
            throw rethrow(thrown.getCause());
        } catch (ReflectiveOperationException missing) {
            throw new IllegalStateException("cannot construct " + type.getName() + " (another jpf-core version?)",
                    missing);
        }
    }

    /** Reads a public numeric field (JPF's Statistics are public fields). */
    static long longField(Object target, String field) {
        try {
            Field found = target.getClass().getField(field);
            return ((Number) found.get(target)).longValue();
        } catch (ReflectiveOperationException | ClassCastException missing) {
            throw new IllegalStateException("JPF's " + target.getClass().getName() + " has no numeric field "
                    + field + " (another jpf-core version?)", missing);
        }
    }

    /** Whether the object is an instance of the named JPF class. */
    static boolean isInstance(String typeName, Object object) {
        return object != null && type(typeName).isInstance(object);
    }

    private static Method find(Class<?> type, String name, int arity, boolean wantStatic) {
        for (Class<?> at = type; at != null; at = at.getSuperclass()) {
            for (Method method : at.getDeclaredMethods()) {
                if (method.getName().equals(name) && method.getParameterCount() == arity
                        && Modifier.isPublic(method.getModifiers())
                        && Modifier.isStatic(method.getModifiers()) == wantStatic && !method.isBridge()) {
                    method.setAccessible(true);
                    return method;
                }
            }
        }
        for (Method method : type.getMethods()) { // public interface methods
            if (method.getName().equals(name) && method.getParameterCount() == arity) {
                method.setAccessible(true);
                return method;
            }
        }
        throw new IllegalStateException(type.getName() + " has no public method " + name + " with " + arity
                + " arguments (another jpf-core version?)");
    }

    private static Object invoke(Method method, Object target, Object[] arguments) {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException thrown) {
            throw rethrow(thrown.getCause());
        } catch (IllegalAccessException denied) {
            throw new IllegalStateException("cannot call " + method, denied);
        }
    }

    private static RuntimeException rethrow(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        throw new IllegalStateException(cause);
    }
}
