package io.github.xxgk.internal.source.ocr;

import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.tesseract.ResultIterator;
import org.bytedeco.tesseract.TessBaseAPI;

import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;

import static org.bytedeco.tesseract.global.tesseract.PSM_RAW_LINE;
import static org.bytedeco.tesseract.global.tesseract.PSM_SINGLE_BLOCK;
import static org.bytedeco.tesseract.global.tesseract.PSM_SINGLE_CHAR;
import static org.bytedeco.tesseract.global.tesseract.PSM_SINGLE_LINE;
import static org.bytedeco.tesseract.global.tesseract.RIL_SYMBOL;
import static org.bytedeco.tesseract.global.tesseract.RIL_TEXTLINE;
import static org.bytedeco.tesseract.global.tesseract.RIL_WORD;

/**
 * Tesseract 5 in-process (the JavaCPP preset, natives from its classifier jars): one engine per thread, made on
 * the thread's first OCR and reused for every later page and report of that thread, since loading a model
 * costs far more than reading a cell. A TessBaseAPI is not thread-safe, so an engine serves one thread at a time.
 * A thread done with its file hands its engine back ({@link #releaseThisThread}) to the next thread that reads:
 * a batch's pool starts a new thread now and then while an old one is still on its way back, and each would
 * otherwise load the models again. Engines of threads that have ended are closed when the next engine is made,
 * and all at JVM exit.
 *
 * <p>Two models: {@code eng} with a digits whitelist for value cells (a lone 1 read by chi_sim becomes a
 * Chinese character), and {@code chi_sim} for labels and the text above the tables.
 *
 * <p>Tesseract reads every line it is unsure of a second time with its pixels inverted, for white print on a
 * dark ground, and keeps whichever it is surer of. A label crop of dark print on paper gains nothing from that
 * second reading (it changed no reading of the corpus), and labels are the costliest calls: the Chinese model
 * makes it only for a crop whose pixels are mostly dark ({@link #mostlyDark}), and for a whole page's words,
 * where a dark band may hold white print. The digits model makes it where its caller asks ({@link CellReader}):
 * on a number under a seal, where the inverted reading is one more opinion in the vote, and on a number whose first
 * two readings disagree; on clean print it changed no cell of the corpus, and made every unsure number line cost two
 * passes of the model (turned off for all numbers, it saved about 4% of a scan's CPU).
 */
public final class OcrEngine implements AutoCloseable {

    private static final String DIGITS = "0123456789.,-+%";
    private static final String INVERT = "tessedit_do_invert";

    private static final Map<Thread, OcrEngine> ENGINES = new ConcurrentHashMap<>();
    private static final ThreadLocal<OcrEngine> MINE = new ThreadLocal<>();
    /** Engines handed back by threads done with them, for the next thread. */
    private static final Deque<OcrEngine> IDLE = new ConcurrentLinkedDeque<>();
    private static volatile Throwable unavailable;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(OcrEngine::closeAll, "xxgk-ocr-close"));
    }

    private final TessBaseAPI text;
    private final TessBaseAPI digits;
    /** Whether {@link #text} makes its inverted second reading now (set per call, see the class comment). */
    private boolean textInverts;
    /** Whether {@link #digits} makes its inverted second reading now (set per call, see the class comment). */
    private boolean digitsInverts = true;
    private boolean closed;

    private OcrEngine() throws OcrUnavailableException {
        String dir = Tessdata.dir().toString();
        TessBaseAPI t = null;
        TessBaseAPI d = null;
        try {
            t = new TessBaseAPI();
            if (t.Init(dir, "chi_sim") != 0) {
                throw new OcrUnavailableException("Tesseract could not load chi_sim from " + dir, null);
            }
            quiet(t);
            t.SetVariable(INVERT, "0");
            d = new TessBaseAPI();
            if (d.Init(dir, "eng") != 0) {
                throw new OcrUnavailableException("Tesseract could not load eng from " + dir, null);
            }
            quiet(d);
            d.SetVariable("tessedit_char_whitelist", DIGITS);
            d.SetVariable("load_system_dawg", "0");
            d.SetVariable("load_freq_dawg", "0");
        } catch (OcrUnavailableException e) {
            end(t);
            end(d);
            throw e;
        }
        this.text = t;
        this.digits = d;
    }

    /** Library code never prints: Tesseract's diagnostics (tprintf) go nowhere. */
    private static void quiet(TessBaseAPI api) {
        api.SetVariable("debug_file", "/dev/null");
    }

    /**
     * The engine of the calling thread, made on first use.
     *
     * @throws OcrUnavailableException when the native libraries are missing or fail to load (remembered: the
     *                                 next call fails at once)
     */
    public static OcrEngine forThisThread() throws OcrUnavailableException {
        OcrEngine e = MINE.get();
        if (e != null && !e.closed) {
            return e;
        }
        if (unavailable != null) {
            throw new OcrUnavailableException("OCR unavailable: " + unavailable, unavailable);
        }
        closeEnded();
        e = idle();
        if (e == null) {
            try {
                e = new OcrEngine();
            } catch (LinkageError | RuntimeException x) {
                unavailable = x;
                throw new OcrUnavailableException("OCR unavailable (Tesseract's native libraries did not load: " + x + ")", x);
            }
        }
        MINE.set(e);
        ENGINES.put(Thread.currentThread(), e);
        return e;
    }

    private static OcrEngine idle() {
        for (OcrEngine e = IDLE.pollFirst(); e != null; e = IDLE.pollFirst()) {
            if (!e.closed) {
                return e;
            }
        }
        return null;
    }

    /** Hands the calling thread's engine, if it has one, to the next thread that reads: this one is done with it. */
    public static void releaseThisThread() {
        OcrEngine e = MINE.get();
        if (e == null) {
            return;
        }
        MINE.remove();
        ENGINES.remove(Thread.currentThread());
        if (!e.closed) {
            IDLE.addFirst(e);
        }
    }

    /** Whether the engine can run here; loads it on the calling thread if not yet loaded. */
    public static boolean available() {
        try {
            forThisThread();
            return true;
        } catch (OcrUnavailableException e) {
            return false;
        }
    }

    /**
     * A value cell: one line, digits and the signs of a number only.
     *
     * @param inverted whether Tesseract may read the crop inverted as well (see the class comment)
     */
    public Reading number(GrayImage img, boolean inverted) {
        return readDigits(img, PSM_SINGLE_LINE, inverted);
    }

    /** A value cell read as one raw line, without Tesseract's layout analysis (which may drop a lone 1). */
    public Reading numberRaw(GrayImage img, boolean inverted) {
        return readDigits(img, PSM_RAW_LINE, inverted);
    }

    /** A value cell of one glyph (a lone 1 that the line mode reads as nothing): one character, digits only. */
    public Reading digit(GrayImage img, boolean inverted) {
        return readDigits(img, PSM_SINGLE_CHAR, inverted);
    }

    private Reading readDigits(GrayImage img, int psm, boolean inverted) {
        digitsInverts = inverting(digits, digitsInverts, inverted);
        return read(digits, img, psm);
    }

    /** A label or other text in Chinese: one block of lines. */
    public Reading label(GrayImage img) {
        return readText(img, PSM_SINGLE_BLOCK);
    }

    /** A label read as one raw line, without layout analysis. */
    public Reading labelRaw(GrayImage img) {
        return readText(img, PSM_RAW_LINE);
    }

    /** A label on one line. */
    public Reading labelLine(GrayImage img) {
        return readText(img, PSM_SINGLE_LINE);
    }

    private Reading readText(GrayImage img, int psm) {
        textInverts = inverting(text, textInverts, mostlyDark(img));
        return read(text, img, psm);
    }

    /** Turns a model's inverted second reading on or off, if it is not so already ({@code was}); gives {@code on}. */
    private static boolean inverting(TessBaseAPI api, boolean was, boolean on) {
        if (was != on) {
            api.SetVariable(INVERT, on ? "1" : "0");
        }
        return on;
    }

    /** Whether more than half of the image's pixels are darker than mid-grey: white print on a dark ground may be in it. */
    static boolean mostlyDark(GrayImage img) {
        byte[] p = img.pixels();
        int dark = 0;
        for (byte b : p) {
            if ((b & 255) < 128) {
                dark++;
            }
        }
        return dark * 2 > p.length;
    }

    /** The words of a block of Chinese text with their boxes, for the text above and between tables. */
    public List<Word> words(GrayImage img) {
        List<Word> out = new ArrayList<>();
        textInverts = inverting(text, textInverts, true);
        setImage(text, img, PSM_SINGLE_BLOCK);
        if (text.Recognize(null) != 0) {
            return out;
        }
        try (ResultIterator it = text.GetIterator()) {
            if (it == null || it.isNull()) {
                return out;
            }
            int line = -1;
            int[] x0 = new int[1], y0 = new int[1], x1 = new int[1], y1 = new int[1];
            do {
                if (it.IsAtBeginningOf(RIL_TEXTLINE)) {
                    line++;
                }
                BytePointer p = it.GetUTF8Text(RIL_WORD);
                if (p == null) {
                    continue;
                }
                String w = p.getString(java.nio.charset.StandardCharsets.UTF_8);
                p.deallocate();
                if (w.isBlank() || !it.BoundingBox(RIL_WORD, x0, y0, x1, y1)) {
                    continue;
                }
                out.add(new Word(w.strip(), x0[0], y0[0], x1[0], y1[0], it.Confidence(RIL_WORD), Math.max(line, 0)));
            } while (it.Next(RIL_WORD));
        }
        text.Clear();
        return out;
    }

    private static void setImage(TessBaseAPI api, GrayImage img, int psm) {
        api.SetPageSegMode(psm);
        api.SetImage(img.pixels(), img.width(), img.height(), 1, img.width());
        // crops are scaled to a known glyph height; 300 keeps Tesseract from rescaling them again
        api.SetSourceResolution(300);
    }

    private static Reading read(TessBaseAPI api, GrayImage img, int psm) {
        setImage(api, img, psm);
        if (api.Recognize(null) != 0) {
            api.Clear();
            return new Reading("", 0f);
        }
        StringBuilder sb = new StringBuilder();
        float min = 100f;
        boolean any = false;
        try (ResultIterator it = api.GetIterator()) {
            if (it != null && !it.isNull()) {
                do {
                    BytePointer p = it.GetUTF8Text(RIL_SYMBOL);
                    if (p == null) {
                        continue;
                    }
                    String s = p.getString(java.nio.charset.StandardCharsets.UTF_8);
                    p.deallocate();
                    if (it.IsAtBeginningOf(RIL_TEXTLINE) && sb.length() > 0) {
                        sb.append('\n');
                    } else if (it.IsAtBeginningOf(RIL_WORD) && sb.length() > 0) {
                        sb.append(' ');
                    }
                    sb.append(s);
                    min = Math.min(min, it.Confidence(RIL_SYMBOL));
                    any = true;
                } while (it.Next(RIL_SYMBOL));
            }
        }
        api.Clear();
        return new Reading(sb.toString().strip(), any ? min : 0f);
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            end(text);
            end(digits);
        }
    }

    private static void end(TessBaseAPI api) {
        if (api != null) {
            api.End();
            api.close();
        }
    }

    /** Closes the engines of threads that have ended (pool threads come and go). */
    private static void closeEnded() {
        ENGINES.entrySet().removeIf(en -> {
            if (!en.getKey().isAlive()) {
                en.getValue().close();
                return true;
            }
            return false;
        });
    }

    /** Closes every engine; an engine's thread that reads again later gets a new one. */
    public static void closeAll() {
        ENGINES.values().forEach(OcrEngine::close);
        ENGINES.clear();
        for (OcrEngine e = IDLE.pollFirst(); e != null; e = IDLE.pollFirst()) {
            e.close();
        }
    }
}
