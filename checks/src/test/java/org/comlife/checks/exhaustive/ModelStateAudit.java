package org.comlife.checks.exhaustive;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.AnnotationNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.SourceInterpreter;
import org.objectweb.asm.tree.analysis.SourceValue;

/**
 * Reads the model's class files and finds every access to its state that is not reported to
 * {@code StateAccess}: a method that reads a state field must call {@code ComWorld.read} or
 * {@code write}, one that writes a state field (or changes a collection or array a state field
 * holds) must call {@code ComWorld.write}. A state field is an instance field that is not final,
 * or is final and holds a collection, an array or a runtime helper, unless it is marked
 * {@code @Untracked} with a reason. Constructors and methods marked {@code @Untracked} are not
 * checked. Lambdas are methods of their class, so they are checked too.
 */
final class ModelStateAudit {
    private static final String UNTRACKED = "Lorg/comlife/model/Untracked;";
    private static final String WORLD = "org/comlife/model/ComWorld";
    private static final Set<String> COLLECTIONS = Set.of("Ljava/util/List;", "Ljava/util/Map;", "Ljava/util/Set;",
            "Ljava/util/Collection;", "Ljava/util/ArrayList;", "Ljava/util/HashMap;", "Ljava/util/Deque;");
    private static final Set<String> HELPERS = Set.of("Lorg/comlife/model/runtime/Marshaler;",
            "Lorg/comlife/model/runtime/ServerProcessCount;", "Lorg/comlife/model/runtime/ClassTable;",
            "Lorg/comlife/model/runtime/GlobalInterfaceTable;");
    private static final Set<String> MUTATORS = Set.of("add", "addAll", "remove", "removeAll", "removeIf", "clear",
            "set", "put", "putAll", "sort", "replaceAll", "push", "pop", "poll", "offer", "retainAll");

    private ModelStateAudit() {
    }

    /** The classes of the model's top-level package ({@code org.comlife.model}), nested ones included. */
    static List<ClassNode> modelClasses() throws IOException, URISyntaxException {
        Path root = Path.of(org.comlife.model.ComWorld.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<ClassNode> classes = new ArrayList<>();
        if (Files.isDirectory(root)) {
            try (Stream<Path> files = Files.list(root.resolve("org/comlife/model"))) {
                for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                    try (InputStream in = Files.newInputStream(file)) {
                        classes.add(read(in));
                    }
                }
            }
        } else {
            try (java.util.zip.ZipFile jar = new java.util.zip.ZipFile(root.toFile())) {
                for (java.util.zip.ZipEntry entry : java.util.Collections.list(jar.entries())) {
                    String name = entry.getName();
                    if (name.startsWith("org/comlife/model/") && name.endsWith(".class")
                            && name.indexOf('/', "org/comlife/model/".length()) < 0) {
                        try (InputStream in = jar.getInputStream(entry)) {
                            classes.add(read(in));
                        }
                    }
                }
            }
        }
        return classes;
    }

    /** The class file of a class on the test class path. */
    static ClassNode classOf(Class<?> type) throws IOException {
        try (InputStream in = type.getResourceAsStream("/" + type.getName().replace('.', '/') + ".class")) {
            return read(in);
        }
    }

    private static ClassNode read(InputStream in) throws IOException {
        ClassNode node = new ClassNode();
        new ClassReader(in).accept(node, 0);
        return node;
    }

    /** Every unreported access in these classes, one line each ({@code Class.method: what}). */
    static List<String> unreported(List<ClassNode> classes) {
        Map<String, FieldNode> stateFields = new HashMap<>();
        for (ClassNode type : classes) {
            for (FieldNode field : type.fields) {
                if (isState(field)) {
                    stateFields.put(type.name + "." + field.name, field);
                }
            }
        }
        List<String> problems = new ArrayList<>();
        for (ClassNode type : classes) {
            for (MethodNode method : type.methods) {
                if (method.name.equals("<init>") || method.name.equals("<clinit>") || marked(method.invisibleAnnotations)) {
                    continue;
                }
                String problem = audit(type.name, method, stateFields);
                if (problem != null) {
                    problems.add(type.name.substring(type.name.lastIndexOf('/') + 1) + "." + method.name + ": " + problem);
                }
            }
        }
        return problems;
    }

    private static String audit(String owner, MethodNode method, Map<String, FieldNode> stateFields) {
        Frame<SourceValue>[] frames = frames(owner, method);
        List<String> read = new ArrayList<>();
        List<String> written = new ArrayList<>();
        boolean reportsRead = false;
        boolean reportsWrite = false;
        for (int i = 0; i < method.instructions.size(); i++) {
            AbstractInsnNode instruction = method.instructions.get(i);
            if (instruction instanceof FieldInsnNode field) {
                FieldNode state = stateFields.get(field.owner + "." + field.name);
                if (state == null) {
                    continue;
                }
                (field.getOpcode() == Opcodes.PUTFIELD ? written : read).add(field.name);
            } else if (instruction instanceof MethodInsnNode call) {
                if (call.owner.equals(WORLD) && call.name.equals("read")) {
                    reportsRead = true;
                } else if (call.owner.equals(WORLD) && call.name.equals("write")) {
                    reportsWrite = true;
                } else if (call.owner.startsWith("java/util/") && MUTATORS.contains(call.name)) {
                    int receiver = frames[i].getStackSize() - 1 - org.objectweb.asm.Type.getArgumentTypes(call.desc).length;
                    addHeldField(frames[i].getStack(receiver), stateFields, written);
                }
            } else if (instruction.getOpcode() >= Opcodes.IASTORE && instruction.getOpcode() <= Opcodes.SASTORE) {
                addHeldField(frames[i].getStack(frames[i].getStackSize() - 3), stateFields, written);
            }
        }
        if (!written.isEmpty() && !reportsWrite) {
            return "writes " + written + " without reporting a write";
        }
        if (!read.isEmpty() && !reportsRead && !reportsWrite) {
            return "reads " + read + " without reporting it";
        }
        return null;
    }

    /** Adds the state field a changed collection or array was read from, if it was read from one. */
    private static void addHeldField(SourceValue changed, Map<String, FieldNode> stateFields, List<String> written) {
        for (AbstractInsnNode source : changed.insns) {
            if (source instanceof FieldInsnNode field && stateFields.containsKey(field.owner + "." + field.name)) {
                written.add(field.name);
            }
        }
    }

    private static Frame<SourceValue>[] frames(String owner, MethodNode method) {
        try {
            return new Analyzer<>(new SourceInterpreter()).analyze(owner, method);
        } catch (AnalyzerException broken) {
            throw new IllegalStateException("cannot analyse " + owner + "." + method.name, broken);
        }
    }

    private static boolean isState(FieldNode field) {
        if ((field.access & Opcodes.ACC_STATIC) != 0 || (field.access & Opcodes.ACC_SYNTHETIC) != 0
                || marked(field.invisibleAnnotations)) {
            return false;
        }
        boolean fixed = (field.access & Opcodes.ACC_FINAL) != 0;
        return !fixed || COLLECTIONS.contains(field.desc) || field.desc.startsWith("[") || HELPERS.contains(field.desc);
    }

    private static boolean marked(List<AnnotationNode> annotations) {
        if (annotations == null) {
            return false;
        }
        for (AnnotationNode annotation : annotations) {
            if (annotation.desc.equals(UNTRACKED)) {
                return true;
            }
        }
        return false;
    }
}
