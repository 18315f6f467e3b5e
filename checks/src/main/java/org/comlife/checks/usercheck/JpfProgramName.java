package org.comlife.checks.usercheck;

import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.comlife.model.program.Program;
import org.comlife.model.program.ProgramParameters;

/**
 * How a JPF run names a user's program, since JPF runs in a JVM of its own and cannot be handed
 * the object: {@code program:com.example.MyCheck} or, with parameters,
 * {@code program:com.example.MyCheck?clients=2&calls=1} (no comma: JPF splits its target's
 * arguments at commas); and how the program is built again from
 * that name inside JPF, from JPF's class path (where the runner puts the user's
 * {@code --classpath}). This code runs inside JPF, so it stays plain.
 */
public final class JpfProgramName {
    /** Starts the name of a user's program. */
    public static final String PREFIX = "program:";
    private static final char PARAMETERS = '?';
    private static final char BETWEEN = '&';

    private JpfProgramName() {
    }

    /**
     * The name of the user's program with the parameters they set (numbers or true/false); a
     * value holding a comma or {@code &} cannot be named and is refused.
     */
    public static String of(ProgramClass named) {
        StringBuilder name = new StringBuilder(PREFIX).append(named.className());
        char separator = PARAMETERS;
        for (Map.Entry<String, String> setting : named.parameters().givenValues().entrySet()) {
            String value = setting.getValue();
            if (value.indexOf(',') >= 0 || value.indexOf(BETWEEN) >= 0) {
                throw new IllegalArgumentException("parameter " + setting.getKey() + " = '" + value
                        + "' cannot be passed to JPF (no ',' or '&' in a value)");
            }
            name.append(separator).append(setting.getKey()).append('=').append(value);
            separator = BETWEEN;
        }
        return name.toString();
    }

    /** Whether the name is a user's program's. */
    public static boolean names(String name) {
        return name.startsWith(PREFIX);
    }

    /** The program a name stands for, built anew on every start, as {@link UserProgram#program()} does. */
    public static Program program(String name) {
        String rest = name.substring(PREFIX.length());
        int mark = rest.indexOf(PARAMETERS);
        String className = mark < 0 ? rest : rest.substring(0, mark);
        List<String> settings = new ArrayList<>();
        if (mark >= 0) {
            for (String setting : rest.substring(mark + 1).split(String.valueOf(BETWEEN))) {
                settings.add(setting);
            }
        }
        ProgramParameters parameters = ProgramParameters.parse(settings);
        Constructor<?> constructor;
        boolean takesParameters = true;
        try {
            Class<?> type = Class.forName(className);
            try {
                constructor = type.getConstructor(ProgramParameters.class);
            } catch (NoSuchMethodException none) {
                takesParameters = false;
                constructor = type.getConstructor();
            }
        } catch (ReflectiveOperationException missing) {
            throw new IllegalArgumentException("cannot load program " + className + ": " + missing, missing);
        }
        Constructor<?> chosen = constructor;
        boolean withParameters = takesParameters;
        return (world, threads) -> {
            try {
                Program program = (Program) (withParameters ? chosen.newInstance(parameters.fresh())
                        : chosen.newInstance());
                program.start(world, threads);
            } catch (ReflectiveOperationException failed) {
                throw new IllegalStateException("cannot create " + className + ": " + failed, failed);
            }
        };
    }
}
