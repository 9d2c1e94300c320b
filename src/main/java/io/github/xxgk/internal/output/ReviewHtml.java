package io.github.xxgk.internal.output;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import java.util.Set;

/** The static HTML of the review page: head, counts and the report list. Every text is escaped here. */
final class ReviewHtml {

    private static final String[] LIST_COLUMNS = {"#", "source", "agency 机关", "year 年度", "format 格式", "cells 单元格",
        "failed checks 未通过", "status 状态"};
    /** Which list columns sort as numbers. */
    private static final boolean[] NUMERIC = {true, false, false, true, true, true, true, false};

    private final Writer w;

    ReviewHtml(Writer w) {
        this.w = w;
    }

    void head(int inputs, String generator, String css) throws IOException {
        w.write("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n");
        w.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        w.write("<meta name=\"generator\" content=\"" + esc(generator) + "\">\n");
        w.write("<title>xxgk review: " + inputs + " inputs</title>\n<style>\n" + css + "</style>\n</head>\n<body>\n");
        w.write("<header><h1>政府信息公开年度报告 · review</h1><p>" + inputs + " inputs · " + esc(generator)
                + " · click a report to see its tables; a red cell is named by a failed check (hover for the message)"
                + "</p></header>\n");
    }

    void counts(Map<String, Integer> byStatus, Map<String, int[]> byCheck) throws IOException {
        w.write("<section id=\"counts\">\n<table id=\"by-status\"><caption>by status 状态</caption>\n"
                + "<thead><tr><th>status</th><th>inputs</th></tr></thead><tbody>\n");
        for (Map.Entry<String, Integer> e : byStatus.entrySet()) {
            w.write("<tr data-status=\"" + esc(e.getKey()) + "\"><td><a href=\"#status=" + esc(e.getKey()) + "\">"
                    + esc(e.getKey()) + "</a></td><td class=\"n\">" + e.getValue() + "</td></tr>\n");
        }
        w.write("</tbody></table>\n<table id=\"by-check\"><caption>failed checks 未通过的校验</caption>\n"
                + "<thead><tr><th>check</th><th>reports</th><th>findings</th></tr></thead><tbody>\n");
        for (Map.Entry<String, int[]> e : byCheck.entrySet()) {
            w.write("<tr data-check=\"" + esc(e.getKey()) + "\"><td><a href=\"#check=" + esc(e.getKey()) + "\">"
                    + esc(e.getKey()) + "</a></td><td class=\"n\">" + e.getValue()[0] + "</td><td class=\"n\">"
                    + e.getValue()[1] + "</td></tr>\n");
        }
        if (byCheck.isEmpty()) {
            w.write("<tr><td colspan=\"3\">none</td></tr>\n");
        }
        w.write("</tbody></table>\n</section>\n");
    }

    void startList() throws IOException {
        w.write("<section id=\"list\">\n<p class=\"tools\"><input id=\"filter\" type=\"search\" "
                + "placeholder=\"filter: agency, year, source …\"> <a href=\"#\" id=\"show-all\">show all</a> "
                + "<span id=\"shown\"></span></p>\n<table id=\"reports\"><thead><tr>");
        for (int i = 0; i < LIST_COLUMNS.length; i++) {
            w.write("<th data-col=\"" + i + "\"" + (NUMERIC[i] ? " data-numeric" : "") + ">" + esc(LIST_COLUMNS[i]) + "</th>");
        }
        w.write("</tr></thead>\n<tbody>\n");
    }

    void listRow(int index, String source, String href, String agency, Integer year, String format, int cells, int failed,
                 String status, Set<String> checks) throws IOException {
        w.write("<tr id=\"row-" + index + "\" data-i=\"" + index + "\" data-status=\"" + esc(status) + "\" data-checks=\""
                + esc(String.join(" ", checks)) + "\"" + (failed > 0 ? " class=\"has-failed\"" : "") + ">");
        w.write("<td class=\"n\">" + (index + 1) + "</td><td><a href=\"#r=" + index + "\">" + esc(source) + "</a>");
        if (href != null) {
            w.write(" <a class=\"src\" href=\"" + esc(href) + "\" title=\"open the source file\">↗</a>");
        }
        w.write("</td><td>" + esc(agency) + "</td><td class=\"n\">" + (year == null ? "" : year) + "</td><td class=\"n\">"
                + esc(format) + "</td><td class=\"n\">" + (format == null ? "" : cells) + "</td><td class=\"n\">"
                + (format == null ? "" : failed) + "</td><td>" + esc(status) + "</td></tr>\n");
    }

    void endList() throws IOException {
        w.write("</tbody></table>\n</section>\n<section id=\"detail\" hidden></section>\n");
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
