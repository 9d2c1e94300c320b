package io.github.xxgk;

import org.junit.jupiter.api.Test;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The package structure as rules read from the compiled main classes, so that a change that breaks it fails the
 * build rather than waiting for a reader to notice.
 *
 * <p>Why each rule: a user of the library sees only {@code io.github.xxgk} and {@code io.github.xxgk.report};
 * everything under {@code internal} may change between versions, so a public signature of the API that names an
 * internal type would make a user depend on it (and javadoc would link to a page that is not published). Package
 * cycles are what made the code hard to find one's way in: a package that imports one that imports it back is
 * one concern split in two, and neither can be read or changed alone. {@code cli} and {@code spark} are two
 * thin front ends over the same library; when one imports the other, the CLI drags Spark in, or the reverse.
 *
 * <p>Dependencies are read from the constant pool of each class file (the classes, descriptors and generic
 * signatures the compiled code names), not from imports: a fully qualified name in the code counts, a name in
 * a javadoc comment does not.
 */
class ArchitectureTest {

    private static final String ROOT = "io.github.xxgk";
    private static final Set<String> API_PACKAGES = Set.of(ROOT, ROOT + ".report");

    @Test
    void apiSignaturesNameOnlyApiAndJdkTypes() throws Exception {
        List<String> offences = new ArrayList<>();
        for (Class<?> c : apiClasses()) {
            String where = c.getName();
            check(where + " extends", c.getGenericSuperclass(), offences);
            for (Type t : c.getGenericInterfaces()) {
                check(where + " implements", t, offences);
            }
            for (Field f : c.getDeclaredFields()) {
                if (visible(f)) {
                    check(where + "." + f.getName(), f.getGenericType(), offences);
                }
            }
            List<Executable> members = new ArrayList<>(List.of(c.getDeclaredMethods()));
            members.addAll(List.of(c.getDeclaredConstructors()));
            for (Executable e : members) {
                if (!visible(e) || e.isSynthetic()) {
                    continue;
                }
                String name = where + "." + (e instanceof Constructor ? "<init>" : e.getName());
                for (Type t : e.getGenericParameterTypes()) {
                    check(name + " parameter", t, offences);
                }
                for (Type t : e.getGenericExceptionTypes()) {
                    check(name + " throws", t, offences);
                }
                if (e instanceof Method m) {
                    check(name + " returns", m.getGenericReturnType(), offences);
                }
            }
        }
        assertTrue(offences.isEmpty(), "API signatures naming a non-API type:\n" + String.join("\n", offences));
    }

    @Test
    void noPackageImportsOneThatImportsItBack() throws Exception {
        Map<String, Set<String>> deps = packageDependencies();
        assertTrue(deps.size() > 20, "read the dependencies of only " + deps.size() + " packages from " + classesDir());
        List<String> cycles = new ArrayList<>();
        for (String p : deps.keySet()) {
            for (String q : deps.get(p)) {
                if (p.compareTo(q) < 0 && reaches(deps, q, p)) {
                    cycles.add(p + " <-> " + q);
                }
            }
        }
        assertEquals(List.of(), cycles, "packages that depend on each other, directly or through others");
    }

    @Test
    void cliAndSparkImportNothingFromEachOther() throws Exception {
        Map<String, Set<String>> deps = packageDependencies();
        assertFalse(deps.getOrDefault(ROOT + ".cli", Set.of()).contains(ROOT + ".spark"), "cli depends on spark");
        assertFalse(deps.getOrDefault(ROOT + ".spark", Set.of()).contains(ROOT + ".cli"), "spark depends on cli");
    }

    /** The rules above must see what they judge: a dependency the reader missed would pass them vacuously. */
    @Test
    void readsKnownDependenciesFromTheClassFiles() throws Exception {
        Map<String, Set<String>> deps = packageDependencies();
        // Xxgk delegates to the pipeline; the CLI runs a Batch; the pipeline returns Reports
        assertTrue(deps.get(ROOT).contains(ROOT + ".internal"), deps.get(ROOT).toString());
        assertTrue(deps.get(ROOT + ".cli").contains(ROOT), deps.get(ROOT + ".cli").toString());
        assertTrue(deps.get(ROOT + ".internal").contains(ROOT + ".report"), deps.get(ROOT + ".internal").toString());
        assertTrue(reaches(Map.of("a", Set.of("b"), "b", Set.of("a")), "b", "a"));
        assertFalse(reaches(Map.of("a", Set.of("b"), "b", Set.of()), "b", "a"));
    }

    // ---- the API's signatures ------------------------------------------------------------------------------

    private static boolean visible(Member m) {
        return Modifier.isPublic(m.getModifiers()) || Modifier.isProtected(m.getModifiers());
    }

    /** Every public class of the API packages, nested ones included when they are public too. */
    private static List<Class<?>> apiClasses() throws Exception {
        List<Class<?>> out = new ArrayList<>();
        for (String pkg : API_PACKAGES) {
            Path dir = classesDir().resolve(pkg.replace('.', '/'));
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    String file = f.getFileName().toString();
                    if (!file.endsWith(".class") || file.equals("package-info.class")) {
                        continue;
                    }
                    Class<?> c = Class.forName(pkg + "." + file.substring(0, file.length() - 6), false,
                            ArchitectureTest.class.getClassLoader());
                    if (publicAllTheWayOut(c)) {
                        out.add(c);
                    }
                }
            }
        }
        assertTrue(out.contains(Xxgk.class) && out.contains(Batch.Options.class), "found the API classes: " + out);
        return out;
    }

    private static boolean publicAllTheWayOut(Class<?> c) {
        for (Class<?> k = c; k != null; k = k.getEnclosingClass()) {
            if (!Modifier.isPublic(k.getModifiers()) || k.isAnonymousClass() || k.isLocalClass()) {
                return false;
            }
        }
        return true;
    }

    private static void check(String where, Type t, List<String> offences) {
        if (t == null) {
            return;
        }
        if (t instanceof Class<?> c) {
            while (c.isArray()) {
                c = c.getComponentType();
            }
            if (!c.isPrimitive() && !allowed(c.getPackageName())) {
                offences.add(where + ": " + c.getName());
            }
        } else if (t instanceof ParameterizedType p) {
            check(where, p.getRawType(), offences);
            for (Type a : p.getActualTypeArguments()) {
                check(where, a, offences);
            }
        } else if (t instanceof GenericArrayType g) {
            check(where, g.getGenericComponentType(), offences);
        } else if (t instanceof WildcardType w) {
            for (Type b : w.getUpperBounds()) {
                check(where, b, offences);
            }
            for (Type b : w.getLowerBounds()) {
                check(where, b, offences);
            }
        } else if (t instanceof TypeVariable<?> v) {
            for (Type b : v.getBounds()) {
                check(where, b, offences);
            }
        }
    }

    private static boolean allowed(String pkg) {
        return API_PACKAGES.contains(pkg) || pkg.startsWith("java.");
    }

    // ---- package dependencies from the class files ---------------------------------------------------------

    private static final Pattern OUR_CLASS = Pattern.compile("io/github/xxgk/[A-Za-z0-9_/$]+");

    private static Map<String, Set<String>> packageDependencies() throws Exception {
        Path root = classesDir();
        Map<String, Set<String>> deps = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                if (!f.toString().endsWith(".class")) {
                    continue;
                }
                String pkg = root.relativize(f.getParent()).toString().replace('/', '.').replace('\\', '.');
                Set<String> mine = deps.computeIfAbsent(pkg, k -> new TreeSet<>());
                try (InputStream in = Files.newInputStream(f)) {
                    for (String name : namesInConstantPool(in)) {
                        Matcher m = OUR_CLASS.matcher(name);
                        while (m.find()) {
                            String cls = m.group();
                            int slash = cls.lastIndexOf('/');
                            String other = cls.substring(0, slash).replace('/', '.');
                            if (!other.equals(pkg)) {
                                mine.add(other);
                            }
                        }
                    }
                }
            }
        }
        return deps;
    }

    /**
     * The text constants of a class file that name types: class entries, descriptors and signatures, that is
     * every UTF-8 constant except string literals (a literal such as a resource path is data, not a dependency).
     */
    static List<String> namesInConstantPool(InputStream raw) throws IOException {
        DataInputStream in = new DataInputStream(raw);
        if (in.readInt() != 0xCAFEBABE) {
            throw new IOException("not a class file");
        }
        in.readUnsignedShort(); // minor
        in.readUnsignedShort(); // major
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        BitSet literal = new BitSet(count);
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 7, 16, 19, 20 -> in.readUnsignedShort();
                case 8 -> literal.set(in.readUnsignedShort());
                case 15 -> {
                    in.readUnsignedByte();
                    in.readUnsignedShort();
                }
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.readInt();
                case 5, 6 -> {
                    in.readLong();
                    i++; // takes two entries
                }
                default -> throw new IOException("unknown constant pool tag " + tag + " at entry " + i);
            }
        }
        List<String> names = new ArrayList<>();
        for (int i = 1; i < count; i++) {
            if (utf8[i] != null && !literal.get(i)) {
                names.add(utf8[i]);
            }
        }
        return names;
    }

    private static boolean reaches(Map<String, Set<String>> deps, String from, String to) {
        Set<String> seen = new HashSet<>();
        List<String> todo = new ArrayList<>(List.of(from));
        while (!todo.isEmpty()) {
            String p = todo.remove(todo.size() - 1);
            if (p.equals(to)) {
                return true;
            }
            if (seen.add(p)) {
                todo.addAll(deps.getOrDefault(p, Set.of()));
            }
        }
        return false;
    }

    /** The directory the main classes were compiled into ({@code target/classes}). */
    private static Path classesDir() throws URISyntaxException {
        return Path.of(Xxgk.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }
}
