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
}
