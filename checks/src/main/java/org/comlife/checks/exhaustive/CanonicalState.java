package org.comlife.checks.exhaustive;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.comlife.checks.schedule.RunState;
import org.comlife.model.snapshot.ApartmentSnapshot;
import org.comlife.model.snapshot.PacketSnapshot;
import org.comlife.model.snapshot.ProcessSnapshot;
import org.comlife.model.snapshot.ProxySnapshot;
import org.comlife.model.snapshot.RegistrationSnapshot;
import org.comlife.model.snapshot.StreamSnapshot;
import org.comlife.model.snapshot.StubSnapshot;
import org.comlife.model.snapshot.WorldSnapshot;

/**
 * A state written so that two interleavings reaching the same state up to the numbering of
 * objects give the same text. Ids are handed out in allocation order, which differs between
 * interleavings; here every id is renamed by its first appearance: first in the threads' own
 * call results (each thread in name order, its calls in program order), then in the entities,
 * sorted by their text with the ids masked.
 *
 * <p>The renaming is one bijection applied to the whole state, so equal texts are states that
 * differ at most in the names of their objects; the program's code never looks at those
 * numbers, so such states have the same futures, and merging them is sound. Entities whose
 * masked texts tie keep their allocation order, which can only miss a merge, never make a
 * wrong one.
 */
final class CanonicalState {
    /** The status of a thread that ended normally (see the scheduler's run state). */
    private static final String ENDED = "DONE";
    /** The result of a call that hands out a cookie: a class registration or a GIT entry. */
    private static final Pattern COOKIE_RESULT =
            Pattern.compile("((?:CoRegisterClassObject|RegisterInterfaceInGlobal)=S_OK )(\\d+)");
    private static final Pattern ID = Pattern.compile("(#|\\bid=|Id=|\\bcookie=|\\bc=)(\\d+)");

    private CanonicalState() {
    }

    static String of(WorldSnapshot snapshot, RunState threads) {
        List<String> threadLines = new ArrayList<>();
        for (RunState.ThreadPosition position : threads.threads()) {
            // A thread that has ended has no future: what its calls answered no longer matters,
            // and forgetting it merges the end states the threads' different histories reach.
            // One that ended by failing keeps its own status, so it never merges with a clean one.
            boolean ended = position.status().equals(ENDED);
            threadLines.add("T " + position.process() + "/" + position.name() + " " + position.status()
                    + (ended ? "" : " " + cookiesMarked(position.results())));
        }
        threadLines.sort(Comparator.naturalOrder());
        List<String> entityLines = entityLines(snapshot);
        entityLines.sort(Comparator.comparing(CanonicalState::masked));
        Map<String, Integer> renaming = new HashMap<>();
        StringBuilder text = new StringBuilder();
        for (String line : threadLines) {
            text.append(rename(line, renaming)).append('\n');
        }
        for (String line : entityLines) {
            text.append(rename(line, renaming)).append('\n');
        }
        return text.toString();
    }

    /**
     * A call's results as the thread saw them, with the cookies that registrations answer
     * marked as ids ("S_OK 7" becomes "S_OK c=7"): a cookie is handed out in allocation order
     * like any id, and the same cookie appears as {@code c=} in the registration it names.
     */
    private static List<String> cookiesMarked(List<String> results) {
        List<String> marked = new ArrayList<>(results.size());
        for (String result : results) {
            Matcher cookie = COOKIE_RESULT.matcher(result);
            marked.add(cookie.matches() ? cookie.group(1) + "c=" + cookie.group(2) : result);
        }
        return marked;
    }

    private static List<String> entityLines(WorldSnapshot snapshot) {
        List<String> lines = new ArrayList<>();
        lines.add("D " + snapshot.deadlocked());
        for (ProcessSnapshot process : snapshot.processes()) {
            String p = process.name();
            lines.add("P " + p + " " + process.role() + " refs=" + process.serverRefs() + " suspended="
                    + process.classesSuspended() + " committed=" + process.shutdownCommitted() + " exited="
                    + process.exited());
            for (Integer cookie : process.gitCookies()) {
                lines.add("G " + p + " c=" + cookie);
            }
            for (RegistrationSnapshot registration : process.registrations()) {
                lines.add("R " + p + " c=" + registration.cookie() + " " + registration.clsid() + " flags="
                        + registration.flags() + " published=" + registration.published() + " used="
                        + registration.used());
            }
            for (ApartmentSnapshot apartment : process.apartments()) {
                lines.add("A " + p + " id=" + apartment.id() + " " + apartment.kind() + " owner=" + apartment.owner()
                        + " alive=" + apartment.alive() + " queued=" + apartment.queuedCalls() + " quit="
                        + apartment.quitPosted());
                for (StubSnapshot stub : apartment.stubs()) {
                    lines.add("S apartmentId=" + apartment.id() + " id=" + stub.id() + " objectId=" + stub.objectId()
                            + " " + stub.object() + " ext=" + stub.extRefs() + " weak=" + stub.weakRefs()
                            + " disconnected=" + stub.disconnected());
                }
                for (ProxySnapshot proxy : apartment.proxies()) {
                    lines.add("X apartmentId=" + apartment.id() + " id=" + proxy.id() + " objectId="
                            + proxy.objectId() + " of=" + proxy.serverProcess() + " refs=" + proxy.refs() + " remote="
                            + proxy.remoteRefs() + " locks=" + proxy.implicitLocks() + " connected="
                            + proxy.connected());
                }
            }
        }
        for (StreamSnapshot stream : snapshot.streams()) {
            lines.add("M id=" + stream.id() + " refs=" + stream.refCount() + " at=" + stream.position() + " of="
                    + stream.packets());
        }
        for (PacketSnapshot packet : snapshot.packets()) {
            lines.add("K id=" + packet.id() + " " + packet.flags() + " objectId=" + packet.objectId() + " consumed="
                    + packet.consumed() + " released=" + packet.released() + " ended=" + packet.ended());
        }
        return lines;
    }

    private static String masked(String line) {
        return ID.matcher(line).replaceAll("$1?");
    }

    private static String rename(String line, Map<String, Integer> renaming) {
        Matcher matcher = ID.matcher(line);
        StringBuilder renamed = new StringBuilder();
        while (matcher.find()) {
            Integer canonical = renaming.get(matcher.group(2));
            if (canonical == null) {
                canonical = renaming.size() + 1;
                renaming.put(matcher.group(2), canonical);
            }
            matcher.appendReplacement(renamed, Matcher.quoteReplacement(matcher.group(1) + canonical));
        }
        matcher.appendTail(renamed);
        return renamed.toString();
    }
}
