package org.lyrae.webapp.uws;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.lyrae.uws.Job;
import org.lyrae.uws.JobResult;
import org.lyrae.uws.JobService;
import org.lyrae.uws.JobService.JobException;
import org.lyrae.uws.Phase;
import org.lyrae.uws.UwsXml;
import org.lyrae.webapp.LyraeConfig;
import org.lyrae.webapp.http.BaseUrl;
import org.lyrae.webapp.http.DaliErrors;
import org.lyrae.webapp.http.DaliException;
import org.lyrae.webapp.http.DaliRequest;
import org.lyrae.webapp.http.XmlResponse;

/**
 * A UWS 1.1 job list over HTTP (TAP /async, the light-curve service's /feh/async): creation, the job
 * resources, blocking WAIT, phase changes, results and errors. The list holds the jobs of its own
 * kinds only (a job of another service's list is not found here); the executors run them in the workers.
 */
public final class UwsServlet extends HttpServlet {

    /** The kinds of a job list, and which of them a new job is (from its parameters, checked here). */
    public interface Kinds {
        Set<String> all();

        /**
         * The kind of a job created with these parameters; a DaliException refuses the creation
         * (nothing stored). May add to the parameters that will be {@code stored}.
         */
        String of(DaliRequest params, Map<String, List<String>> stored) throws DaliException;

        static Kinds one(String kind) {
            return new Kinds() {
                @Override
                public Set<String> all() {
                    return Set.of(kind);
                }

                @Override
                public String of(DaliRequest params, Map<String, List<String>> stored) {
                    return kind;
                }
            };
        }
    }

    private static final Logger LOG = Logger.getLogger(UwsServlet.class.getName());
    /** Blocking WAIT is capped below common client timeouts. */
    static final long MAX_WAIT_SECONDS = 55;
    /** Jobs shown after a DELETE redirect to the list. */
    private static final int LIST_AFTER_DELETE = 20;
    private static final Set<String> NOT_STORED = Set.of("PHASE", "RUNID", "EXECUTIONDURATION", "DESTRUCTION");

    private final JobService jobs;
    private final Kinds kinds;
    private final String path;
    private final LyraeConfig config;
    private final org.lyrae.webapp.http.Owners owners;

    /** @param path the list's path, e.g. {@code /tap/async} */
    public UwsServlet(JobService jobs, String kind, String path, LyraeConfig config) {
        this(jobs, Kinds.one(kind), path, config);
    }

    public UwsServlet(JobService jobs, Kinds kinds, String path, LyraeConfig config) {
        this.jobs = jobs;
        this.kinds = kinds;
        this.path = path;
        this.config = config;
        try {
            this.owners = config.tokensFile == null ? org.lyrae.webapp.http.Owners.anonymous()
                    : org.lyrae.webapp.http.Owners.fromFile(config.tokensFile);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String listUrl(HttpServletRequest req) {
        return BaseUrl.of(req, config.baseUrl) + path;
    }

    private static String[] segments(HttpServletRequest req) {
        String p = req.getPathInfo();
        if (p == null || p.equals("/")) return new String[0];
        return p.substring(1).split("/", 3);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        handle(req, resp, "GET");
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        handle(req, resp, "POST");
    }

    @Override
    protected void doDelete(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        handle(req, resp, "DELETE");
    }

    private void handle(HttpServletRequest req, HttpServletResponse resp, String method) throws IOException {
        try {
            String[] s = segments(req);
            String owner = owners.of(req);
            if (s.length == 0) {
                if (method.equals("POST")) create(req, resp, owner);
                else if (method.equals("GET")) list(req, resp, owner);
                else throw new DaliException(405, method + " is not allowed on the job list");
                return;
            }
            String id = s[0];
            ownJob(id, owner);
            if (s.length == 1) {
                job(req, resp, method, owner, id);
            } else {
                resource(req, resp, method, owner, id, s[1], s.length > 2 ? s[2] : null);
            }
        } catch (JobException e) {
            DaliErrors.send(resp, e.status, e.getMessage());
        } catch (DaliException e) {
            DaliErrors.send(resp, e.status, e.getMessage());
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "job store", e);
            DaliErrors.send(resp, 503, "The job store is not available: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            DaliErrors.send(resp, 503, "The server is shutting down");
        }
    }

    private void create(HttpServletRequest req, HttpServletResponse resp, String owner)
            throws DaliException, JobException, SQLException, IOException {
        DaliRequest p = DaliRequest.read(req, config.maxUploadBytes);
        Map<String, List<String>> params = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : p.asMap().entrySet()) {
            if (!NOT_STORED.contains(e.getKey())) params.put(e.getKey(), new ArrayList<>(e.getValue()));
        }
        String phase = p.get("PHASE");
        if (phase != null && !phase.equalsIgnoreCase("RUN")) {
            throw new DaliException(400, "PHASE=" + phase + " is not allowed when creating a job; use PHASE=RUN or leave it out");
        }
        Map<String, JobService.Input> inputs = new LinkedHashMap<>();
        for (String name : p.partNames()) {
            if (!name.matches("[A-Za-z0-9_.-]+") || name.startsWith(".")) {
                throw new DaliException(400, "Inline upload part names may use letters, digits, '.', '_' and '-'; got '" + name + "'");
            }
            inputs.put(name, () -> p.part(name).open());
        }
        // job settings sent with the creation apply to the job (they are not query parameters);
        // they are checked before anything is stored, so a bad value creates no job
        Long duration = p.get("EXECUTIONDURATION") == null ? null : duration(p.get("EXECUTIONDURATION"));
        Instant destruction = p.get("DESTRUCTION") == null ? null : date("DESTRUCTION", p.get("DESTRUCTION"));
        boolean settings = duration != null || destruction != null;
        String kind = kinds.of(p, params);
        Job j = jobs.create(kind, owner, p.get("RUNID"), params, inputs, phase != null && !settings);
        if (duration != null) jobs.setExecutionDuration(j.id(), owner, duration);
        if (destruction != null) jobs.setDestruction(j.id(), owner, destruction);
        if (phase != null && settings) jobs.run(j.id(), owner);
        redirect(resp, listUrl(req) + "/" + j.id());
    }

    private void list(HttpServletRequest req, HttpServletResponse resp, String owner) throws DaliException, SQLException, IOException {
        EnumSet<Phase> phases = EnumSet.noneOf(Phase.class);
        // parameter names in any case, as DALI has them (?phase=... was ignored, listing every job)
        for (Map.Entry<String, String[]> e : req.getParameterMap().entrySet()) {
            if (e.getKey().equalsIgnoreCase("PHASE")) for (String ph : e.getValue()) phases.add(phase(ph));
        }
        String afterParam = param(req, "AFTER");
        Instant after = afterParam == null ? null : date("AFTER", afterParam);
        Integer last = null;
        String lastParam = param(req, "LAST");
        if (lastParam != null) {
            try {
                last = Integer.valueOf(lastParam.trim());
            } catch (NumberFormatException e) {
                throw new DaliException(400, "LAST must be a positive integer; got '" + lastParam + "'");
            }
            if (last <= 0) throw new DaliException(400, "LAST must be a positive integer; got " + last);
        }
        XmlResponse.send(resp, "text/xml", UwsXml.jobList(jobs.list(kinds.all(), owner, phases, after, last), listUrl(req)));
    }

    private void job(HttpServletRequest req, HttpServletResponse resp, String method, String owner, String id)
            throws DaliException, JobException, SQLException, IOException, InterruptedException {
        if (method.equals("DELETE") || method.equals("POST") && "DELETE".equalsIgnoreCase(param(req, "ACTION"))) {
            jobs.delete(id, owner);
            redirect(resp, listUrl(req) + "?LAST=" + LIST_AFTER_DELETE);
            return;
        }
        if (method.equals("POST")) {
            String phase = param(req, "PHASE");
            if (phase != null) {
                changePhase(id, owner, phase);
                redirect(resp, listUrl(req) + "/" + id);
                return;
            }
            throw new DaliException(400, "POST to a job takes ACTION=DELETE or PHASE=RUN|ABORT");
        }
        Job j;
        String wait = param(req, "WAIT");
        if (wait != null) {
            long seconds;
            try {
                seconds = Long.parseLong(wait.trim());
            } catch (NumberFormatException e) {
                throw new DaliException(400, "WAIT must be an integer number of seconds (-1: as long as allowed); got '" + wait + "'");
            }
            if (seconds < 0) seconds = MAX_WAIT_SECONDS;
            String guard = param(req, "PHASE");
            j = jobs.await(id, owner, Math.min(seconds, MAX_WAIT_SECONDS), guard == null ? null : phase(guard));
        } else {
            j = jobs.get(id, owner);
        }
        XmlResponse.send(resp, "text/xml", UwsXml.job(j, listUrl(req) + "/" + id));
    }

    /** A job of this list (a job of another list is not found here). */
    private void ownJob(String id, String owner) throws JobException, SQLException {
        if (!kinds.all().contains(jobs.get(id, owner).kind())) {
            throw new JobException(404, "No job " + id + " here (it may have been deleted or destroyed)");
        }
    }

    private void changePhase(String id, String owner, String phase) throws DaliException, JobException, SQLException {
        switch (phase.toUpperCase(Locale.ROOT)) {
            case "RUN": jobs.run(id, owner); break;
            case "ABORT": jobs.abort(id, owner); break;
            default: throw new DaliException(400, "PHASE must be RUN or ABORT; got '" + phase + "'");
        }
    }

    private void resource(HttpServletRequest req, HttpServletResponse resp, String method, String owner, String id,
                          String name, String sub) throws DaliException, JobException, SQLException, IOException {
        if (method.equals("DELETE")) throw new DaliException(405, "DELETE is allowed on a job, not on its " + name);
        boolean post = method.equals("POST");
        switch (name) {
            case "phase":
                if (post) {
                    String phase = param(req, "PHASE");
                    if (phase == null) throw new DaliException(400, "POST to phase needs PHASE=RUN or PHASE=ABORT");
                    changePhase(id, owner, phase);
                    redirect(resp, listUrl(req) + "/" + id);
                } else {
                    text(resp, jobs.get(id, owner).phase().name());
                }
                return;
            case "executionduration":
                if (post) {
                    String v = param(req, "EXECUTIONDURATION");
                    long sec;
                    try {
                        sec = Long.parseLong(v == null ? "" : v.trim());
                    } catch (NumberFormatException e) {
                        throw new DaliException(400, "EXECUTIONDURATION must be a whole number of seconds; got '" + v + "'");
                    }
                    jobs.setExecutionDuration(id, owner, sec);
                    redirect(resp, listUrl(req) + "/" + id);
                } else {
                    text(resp, Long.toString(jobs.get(id, owner).executionDuration()));
                }
                return;
            case "destruction":
                if (post) {
                    String v = param(req, "DESTRUCTION");
                    if (v == null) throw new DaliException(400, "POST to destruction needs DESTRUCTION=<ISO 8601 time>");
                    jobs.setDestruction(id, owner, date("DESTRUCTION", v));
                    redirect(resp, listUrl(req) + "/" + id);
                } else {
                    text(resp, UwsXml.time(jobs.get(id, owner).destruction()));
                }
                return;
            case "parameters":
                if (post) {
                    DaliRequest p = DaliRequest.read(req, config.maxUploadBytes);
                    Map<String, List<String>> params = new LinkedHashMap<>(p.asMap());
                    params.keySet().removeAll(NOT_STORED);
                    jobs.updateParameters(id, owner, params);
                    redirect(resp, listUrl(req) + "/" + id);
                } else {
                    String xml = UwsXml.job(jobs.get(id, owner), listUrl(req) + "/" + id);
                    XmlResponse.send(resp, "text/xml", section(xml, "parameters"));
                }
                return;
            case "results":
                noPost(post, name);
                if (sub == null) {
                    XmlResponse.send(resp, "text/xml", section(UwsXml.job(jobs.get(id, owner), listUrl(req) + "/" + id), "results"));
                } else {
                    result(resp, jobs.get(id, owner), sub);
                }
                return;
            case "error":
                noPost(post, name);
                Job j = jobs.get(id, owner);
                if (j.phase() != Phase.ERROR) throw new JobException(404, "Job " + id + " is " + j.phase() + ", not in ERROR");
                DaliErrors.send(resp, 200, j.errorMessage() == null ? "unknown error" : j.errorMessage());
                return;
            case "quote":
                noPost(post, name);
                jobs.get(id, owner);
                text(resp, "");
                return;
            case "owner":
                noPost(post, name);
                Job o = jobs.get(id, owner);
                text(resp, o.owner() == null ? "" : o.owner());
                return;
            default:
                throw new JobException(404, "A job has no resource '" + name + "'");
        }
    }

    private void result(HttpServletResponse resp, Job j, String name) throws JobException, IOException {
        // a failed job's cause is in the message too: astroquery's TapPlus (0.4.6) reads results/result
        // after the job ends and shows this 404 to its user instead of reading <job>/error
        JobResult r = j.results().stream().filter(x -> x.name().equals(name)).findFirst()
                .orElseThrow(() -> new JobException(404, "Job " + j.id() + " has no result '" + name + "'"
                        + (j.phase() == Phase.COMPLETED ? ""
                        : j.phase() == Phase.ERROR && j.errorMessage() != null ? " (it is ERROR: " + j.errorMessage() + ")"
                        : " (it is " + j.phase() + ")")));
        try (InputStream in = jobs.files().readResult(j.id(), name)) {
            if (in == null) throw new JobException(404, "The result of job " + j.id() + " is gone");
            resp.setStatus(200);
            resp.setContentType(r.mimeType());
            resp.setContentLengthLong(r.size());
            in.transferTo(resp.getOutputStream());
        }
    }

    private static void noPost(boolean post, String name) throws DaliException {
        if (post) throw new DaliException(405, "The " + name + " of a job cannot be changed");
    }

    /** One element of the job document, standalone (the namespaces come along). */
    private static String section(String jobXml, String element) {
        int a = jobXml.indexOf("<uws:" + element + ">"), b = jobXml.indexOf("</uws:" + element + ">");
        String inner = jobXml.substring(a, b + element.length() + 7);
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + inner.replaceFirst("<uws:" + element + ">",
                "<uws:" + element + " xmlns:uws=\"http://www.ivoa.net/xml/UWS/v1.0\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">") + "\n";
    }

    private static String param(HttpServletRequest req, String name) {
        for (Map.Entry<String, String[]> e : req.getParameterMap().entrySet()) {
            if (e.getKey().equalsIgnoreCase(name) && e.getValue().length > 0) return e.getValue()[0];
        }
        return null;
    }

    private static long duration(String v) throws DaliException {
        long sec;
        try {
            sec = Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw new DaliException(400, "EXECUTIONDURATION must be a whole number of seconds; got '" + v + "'");
        }
        if (sec < 0) throw new DaliException(400, "EXECUTIONDURATION must be a non-negative number of seconds; got " + sec);
        return sec;
    }

    private static Phase phase(String s) throws DaliException {
        try {
            return Phase.valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new DaliException(400, "Unknown phase '" + s + "'; UWS phases are " + java.util.Arrays.toString(Phase.values()));
        }
    }

    static Instant date(String what, String s) throws DaliException {
        String t = s.trim();
        try {
            return Instant.parse(t);
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e2) {
                throw new DaliException(400, what + " must be an ISO 8601 time such as 2030-01-31T12:00:00Z; got '" + s + "'");
            }
        }
    }

    private static void text(HttpServletResponse resp, String body) throws IOException {
        resp.setStatus(200);
        resp.setContentType("text/plain");
        resp.setCharacterEncoding("UTF-8");
        resp.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }

    private static void redirect(HttpServletResponse resp, String url) {
        resp.setStatus(303);
        resp.setHeader("Location", url);
    }
}
