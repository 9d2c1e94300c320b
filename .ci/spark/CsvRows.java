import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * {@code java CsvRows.java A B [SKIP]}: whether two CSV outputs hold the same rows as a multiset, each a file or
 * a folder of Spark part files (*.csv, a header each). Quoting may differ (Spark and commons-csv quote different
 * fields), so fields are compared parsed (RFC 4180). SKIP: the name of a column left out (found by each file's header, so columns
 * added later are compared too). Exit 1 with
 * the differing rows when they differ. Plain JDK: it runs before anything else is on a CI machine's classpath.
 */
public class CsvRows {

    public static void main(String[] args) throws IOException {
        String skip = args.length > 2 ? args[2] : null;
        TreeMap<String, Integer> a = rows(Path.of(args[0]), skip);
        TreeMap<String, Integer> b = rows(Path.of(args[1]), skip);
        if (a.isEmpty()) {
            System.err.println(args[0] + ": no rows");
            System.exit(1);
        }
        if (!a.equals(b)) {
            a.forEach((k, v) -> { if (!v.equals(b.get(k))) System.err.println("< " + v + " " + k); });
            b.forEach((k, v) -> { if (!v.equals(a.get(k))) System.err.println("> " + v + " " + k); });
            System.exit(1);
        }
        System.out.println(args[1] + ": the same " + a.values().stream().mapToInt(Integer::intValue).sum() + " rows as " + args[0]);
    }

    static TreeMap<String, Integer> rows(Path p, String skip) throws IOException {
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(p)) {
            try (Stream<Path> s = Files.list(p)) {
                s.filter(f -> f.getFileName().toString().endsWith(".csv")).sorted().forEach(files::add);
            }
        } else {
            files.add(p);
        }
        TreeMap<String, Integer> out = new TreeMap<>();
        for (Path f : files) {
            List<List<String>> records = parse(Files.readString(f, StandardCharsets.UTF_8));
            int skipped = records.isEmpty() || skip == null ? -1 : records.get(0).indexOf(skip);
            for (List<String> r : records.subList(Math.min(1, records.size()), records.size())) {
                List<String> kept = new ArrayList<>(r);
                if (skipped >= 0 && skipped < kept.size()) {
                    kept.remove(skipped);
                }
                out.merge(String.join("\u241F", kept), 1, Integer::sum);
            }
        }
        return out;
    }

    static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }
}
