package io.github.xxgk;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README and the pages under docs/ send a reader to other files and to sections of them; a file moved or a
 * heading renamed would leave a dead link that nothing else notices. Every relative link must name a file of the
 * repository and, with a #fragment into a Markdown page, one of its headings (GitHub's anchor: lower case,
 * punctuation dropped, spaces as hyphens).
 */
class DocsLinksTest {

    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    private static final Pattern HEADING = Pattern.compile("(?m)^#+\\s+(.+)$");
    private static final Pattern CODE_BLOCK = Pattern.compile("(?s)```.*?```");

    private static List<Path> pages() throws IOException {
        List<Path> pages = new ArrayList<>(
                List.of(Path.of("README.md"), Path.of("CONTRIBUTING.md"), Path.of("bench/RESULTS.md")));
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        return pages;
    }

    static String anchor(String heading) {
        return heading.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}_\\- ]", "").replace(' ', '-');
    }

    private static Set<String> anchors(Path page) throws IOException {
        Set<String> out = new HashSet<>();
        Matcher m = HEADING.matcher(CODE_BLOCK.matcher(Files.readString(page)).replaceAll(""));
        while (m.find()) {
            out.add(anchor(m.group(1)));
        }
        return out;
    }

    @Test
    void anchorsAreGitHubs() {
        assertEquals("benchpdf-vs-peerssh", anchor("bench/pdf-vs-peers.sh"));
        assertEquals("t3-both-formats", anchor("t3 (both formats)"));
        assertEquals("start-and-short-batches-2-cores-measured-2026-11-30",
                anchor("Start, and short batches (2 cores, measured 2026-11-30)"));
    }

    @Test
    void everyRelativeLinkReachesAFileAndAHeading() throws IOException {
        List<String> dead = new ArrayList<>();
        int links = 0;
        for (Path page : pages()) {
            assertTrue(Files.exists(page), page + " is missing");
            Matcher m = LINK.matcher(CODE_BLOCK.matcher(Files.readString(page)).replaceAll(""));
            while (m.find()) {
                String link = m.group(1);
                if (link.matches("[a-z]+:.*")) {
                    continue;
                }
                links++;
                int hash = link.indexOf('#');
                String file = hash < 0 ? link : link.substring(0, hash);
                Path target = file.isEmpty() ? page : page.resolveSibling(file).normalize();
                if (!Files.exists(target)) {
                    dead.add(page + ": " + link + " (no such file)");
                } else if (hash >= 0 && target.toString().endsWith(".md")
                        && !anchors(target).contains(link.substring(hash + 1))) {
                    dead.add(page + ": " + link + " (no such heading)");
                }
            }
        }
        assertTrue(links > 20, "the pages link to each other: " + links);
        assertEquals(List.of(), dead);
    }

    private static final Pattern MD_FILE = Pattern.compile("(?<![\\w.-])((?:[\\w-]+/)*[\\w-]+\\.md)\\b");
    private static final Pattern SECTION_CITED = Pattern.compile("((?:[\\w-]+/)*[\\w-]+\\.md)[\\s*]+\"([^\"\\n]+)\"");
    private static final Pattern MORE_SECTIONS = Pattern.compile("\\G[\\s*]*(?:,|and)[\\s*]*\"([^\"\\n]+)\"");

    /**
     * Comments in the code send a reader to a Markdown file, often to a section of it ({@code docs/format.md
     * "Mirror noise"}): a note kept outside the repository, or a heading renamed, would leave a citation a reader
     * cannot follow. Every Markdown file the sources name must be a file of the repository (a bare name or a path
     * inside a resource folder: one ending so somewhere in it), and every quoted section after it a heading of it.
     */
    @Test
    void everyMarkdownFileTheSourcesCiteIsInTheRepository() throws IOException {
        List<String> pages;
        try (Stream<Path> all = Files.walk(Path.of("."))) {
            pages = all.filter(p -> !p.startsWith("./target") && !p.startsWith("./.git") && p.toString().endsWith(".md"))
                    .map(p -> Path.of(".").relativize(p).toString().replace('\\', '/')).toList();
        }
        List<String> dead = new ArrayList<>();
        int files = 0;
        int sections = 0;
        List<Path> sources;
        try (Stream<Path> src = Files.walk(Path.of("src"))) {
            sources = src.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        for (Path source : sources) {
            String text = Files.readString(source);
            Matcher m = MD_FILE.matcher(text);
            while (m.find()) {
                String cited = m.group(1);
                files++;
                if (pages.stream().noneMatch(p -> p.equals(cited) || p.endsWith("/" + cited))) {
                    dead.add(source + ": " + cited + " (no such file in the repository)");
                }
            }
            Matcher c = SECTION_CITED.matcher(text);
            while (c.find()) {
                Path page = Path.of(c.group(1));
                if (!Files.exists(page)) {
                    continue; // reported above
                }
                Set<String> headings = anchors(page);
                List<String> cited = new ArrayList<>(List.of(c.group(2)));
                Matcher more = MORE_SECTIONS.matcher(text).region(c.end(), text.length());
                while (more.find()) {
                    cited.add(more.group(1));
                }
                for (String heading : cited) {
                    sections++;
                    if (!headings.contains(anchor(heading))) {
                        dead.add(source + ": " + page + " \"" + heading + "\" (no such heading)");
                    }
                }
            }
        }
        assertTrue(files > 20 && sections > 10, "the sources cite " + files + " Markdown files, " + sections + " sections");
        assertEquals(List.of(), dead);
    }
}
