package org.comlife.checks.property.action;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.comlife.checks.property.chain.Handle;

/**
 * Reads and replaces the {@link Handle} components of an action record, so that an action states
 * its handles once, in its record header, and no action writes its own renaming.
 */
final class RecordHandles {
    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return Shape.of(type);
        }
    };

    private RecordHandles() {
    }

    static List<Handle> of(Action action) {
        List<Handle> handles = new ArrayList<>();
        for (Object value : SHAPES.get(action.getClass()).values(action)) {
            if (value instanceof Handle handle) {
                handles.add(handle);
            }
        }
        return handles;
    }

    static Action renamed(Action action, UnaryOperator<Handle> rename) {
        Shape shape = SHAPES.get(action.getClass());
        Object[] values = shape.values(action);
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof Handle handle) {
                values[i] = rename.apply(handle);
            }
        }
        return shape.create(values);
    }

    /** An action record's component accessors and canonical constructor. */
    private record Shape(Method[] accessors, Constructor<?> constructor) {

        static Shape of(Class<?> type) {
            if (!type.isRecord()) {
                throw new IllegalArgumentException(type.getName() + " is an action but not a record");
            }
            RecordComponent[] components = type.getRecordComponents();
            Method[] accessors = new Method[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                accessors[i] = components[i].getAccessor();
                accessors[i].setAccessible(true);
                types[i] = components[i].getType();
            }
            try {
                Constructor<?> constructor = type.getDeclaredConstructor(types);
                constructor.setAccessible(true);
                return new Shape(accessors, constructor);
            } catch (NoSuchMethodException impossible) {
                throw new IllegalStateException("a record without its canonical constructor: " + type, impossible);
            }
        }

        Object[] values(Action action) {
            Object[] values = new Object[accessors.length];
            try {
                for (int i = 0; i < accessors.length; i++) {
                    values[i] = accessors[i].invoke(action);
                }
            } catch (ReflectiveOperationException failed) {
                throw new IllegalStateException("cannot read the components of " + action, failed);
            }
            return values;
        }

        Action create(Object[] values) {
            try {
                return (Action) constructor.newInstance(values);
            } catch (ReflectiveOperationException failed) {
                throw new IllegalStateException("cannot rebuild " + constructor.getDeclaringClass(), failed);
            }
        }
    }
}
