package org.lyrae.uws;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** UWS 1.1 XML documents: a job and a job list. */
public final class UwsXml {
    private static final String NS = "xmlns:uws=\"http://www.ivoa.net/xml/UWS/v1.0\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" "
            + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"";

    private UwsXml() {
    }

    public static String time(Instant t) {
        return t.truncatedTo(ChronoUnit.MILLIS).toString();
    }

    public static String job(Job j, String jobUrl) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append("<uws:job ").append(NS).append(" version=\"1.1\">\n");
        el(sb, "jobId", j.id());
        if (j.runId() != null) el(sb, "runId", j.runId());
        el(sb, "ownerId", j.owner());
        el(sb, "phase", j.phase().name());
        el(sb, "quote", null);
        el(sb, "creationTime", time(j.creationTime()));
        el(sb, "startTime", j.startTime() == null ? null : time(j.startTime()));
        el(sb, "endTime", j.endTime() == null ? null : time(j.endTime()));
        el(sb, "executionDuration", Long.toString(j.executionDuration()));
        el(sb, "destruction", time(j.destruction()));
        sb.append("  <uws:parameters>\n");
        // DALI parameter names are case-insensitive; written in lower case, as clients look them up
        // (pyvo 1.2.1's AsyncTAPJob.query reads the parameter 'query' only)
        for (Map.Entry<String, List<String>> p : j.parameters().entrySet()) {
            for (String v : p.getValue()) {
                sb.append("    <uws:parameter id=\"").append(escape(p.getKey().toLowerCase(Locale.ROOT))).append("\">").append(escape(v)).append("</uws:parameter>\n");
            }
        }
        sb.append("  </uws:parameters>\n  <uws:results>\n");
        for (JobResult r : j.results()) {
            sb.append("    <uws:result id=\"").append(escape(r.name())).append("\" xlink:type=\"simple\" xlink:href=\"")
              .append(escape(jobUrl + "/results/" + r.name())).append("\" size=\"").append(r.size()).append("\" mime-type=\"")
              .append(escape(r.mimeType())).append("\"/>\n");
        }
        sb.append("  </uws:results>\n");
        if (j.phase() == Phase.ERROR && j.errorMessage() != null) {
            sb.append("  <uws:errorSummary type=\"fatal\" hasDetail=\"true\">\n    <uws:message>").append(escape(j.errorMessage()))
              .append("</uws:message>\n  </uws:errorSummary>\n");
        }
        if (j.jobInfo() != null) sb.append("  <uws:jobInfo>").append(escape(j.jobInfo())).append("</uws:jobInfo>\n");
        return sb.append("</uws:job>\n").toString();
    }

    public static String jobList(List<Job> jobs, String listUrl) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append("<uws:jobs ").append(NS).append(" version=\"1.1\">\n");
        for (Job j : jobs) {
            sb.append("  <uws:jobref id=\"").append(escape(j.id())).append("\" xlink:type=\"simple\" xlink:href=\"")
              .append(escape(listUrl + "/" + j.id())).append("\">\n");
            sb.append("    <uws:phase>").append(j.phase()).append("</uws:phase>\n");
            if (j.runId() != null) sb.append("    <uws:runId>").append(escape(j.runId())).append("</uws:runId>\n");
            if (j.owner() != null) sb.append("    <uws:ownerId>").append(escape(j.owner())).append("</uws:ownerId>\n");
            sb.append("    <uws:creationTime>").append(time(j.creationTime())).append("</uws:creationTime>\n");
            sb.append("  </uws:jobref>\n");
        }
        return sb.append("</uws:jobs>\n").toString();
    }

    private static void el(StringBuilder sb, String name, String value) {
        if (value == null) {
            sb.append("  <uws:").append(name).append(" xsi:nil=\"true\"/>\n");
        } else {
            sb.append("  <uws:").append(name).append('>').append(escape(value)).append("</uws:").append(name).append(">\n");
        }
    }

    static String escape(String s) {
        return org.lyrae.tap.text.XmlText.escape(s);
    }
}
