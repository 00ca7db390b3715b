package org.tellus.network.forum;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tellus.account.AccountService;
import org.tellus.account.UserSummary;
import org.tellus.base.DemoMode;
import org.tellus.base.TranslatableException;
import org.tellus.base.security.Roles;
import org.tellus.base.security.RunAs;
import org.tellus.base.security.SystemTask;
import org.tellus.network.NetworkDetails;
import org.tellus.network.NetworkService;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A few conversations in two demo networks, written through the services as the demo resident and facilitator, so
 * that every rule (membership, the rate limit) holds for the demo too. The text is invented for illustration and
 * every post says so: it must never pass for what real residents said. Runs after the networks exist, and only
 * for a network whose forum is still empty.
 */
@Component
@Order(4)
class ForumDemoData implements ApplicationRunner {

    static final String RESIDENT = "resident@tellus.demo";
    static final String FACILITATOR = "facilitator@tellus.demo";
    static final String NOTE = "\n\n*Illustrative demo post, not a real resident’s words.*";

    record DemoPost(String author, String text) {
    }

    record DemoThread(String network, String title, boolean pinned, DemoPost opening, List<DemoPost> replies) {
    }

    static final List<DemoThread> THREADS = List.of(
            new DemoThread("race-equality", "Welcome: how this forum works", true,
                    new DemoPost(FACILITATOR, """
                            Welcome to the network's forum. Start a thread about anything the council should hear \
                            about: how a service treated you, an idea, a question for the next meeting.

                            - Be kind, and disagree with ideas, not people
                            - Use *Report* if a post breaks the rules; a facilitator looks at every report
                            - The council's equality objectives are at https://www.gov.uk/government/publications/public-sector-equality-duty"""),
                    List.of()),
            new DemoThread("race-equality", "Interpreters at GP appointments", false,
                    new DemoPost(RESIDENT, """
                            Has anyone else had trouble getting an interpreter booked for a GP appointment?

                            My neighbour was told to bring a family member to translate, which meant her teenage son \
                            missed school. Is there something the council can raise with the health partners?"""),
                    List.of(new DemoPost(FACILITATOR, """
                                    Thank you for raising this. Interpreting is booked by the practice, but it is one \
                                    of the questions we can take to the health and wellbeing board.

                                    Could people add *which* languages were missing and roughly when? No names please."""),
                            new DemoPost(RESIDENT, "Polish and Tigrinya, both in the last two months. Evening appointments seem worst."))),
            new DemoThread("carers", "Breaks for carers over the summer holidays", false,
                    new DemoPost(FACILITATOR, """
                            The council is reviewing how short breaks for carers are offered. What would make a \
                            break actually possible for you?

                            1. Sitting services at home
                            2. Day activities for the person you care for
                            3. Something else: tell us"""),
                    List.of(new DemoPost(RESIDENT, """
                                    Sitting at home, in the evening. Day centres close at four, which does not help \
                                    anyone who works."""),
                            new DemoPost(FACILITATOR, "That matches what we heard at the last meeting. I will add it to the notes for the review."))));

    private static final Logger log = LoggerFactory.getLogger(ForumDemoData.class);

    private final ForumService forum;
    private final NetworkService networks;
    private final AccountService accounts;
    private final DemoMode demoMode;

    ForumDemoData(ForumService forum, NetworkService networks, AccountService accounts, DemoMode demoMode) {
        this.forum = forum;
        this.networks = networks;
        this.accounts = accounts;
        this.demoMode = demoMode;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demoMode.enabled()) {
            return;
        }
        Map<String, UserSummary> users = SystemTask.runAs(Roles.ADMIN, () -> accounts.listUsers().stream()
                .collect(Collectors.toMap(UserSummary::email, Function.identity())));
        if (!users.containsKey(RESIDENT) || !users.containsKey(FACILITATOR)) {
            return;
        }
        Map<String, NetworkDetails> bySlug = SystemTask.runAs(Roles.ADMIN, () -> networks.allNetworks().stream()
                .collect(Collectors.toMap(NetworkDetails::slug, Function.identity())));
        List<String> empty = THREADS.stream().map(DemoThread::network).distinct()
                .filter(slug -> bySlug.containsKey(slug)
                        && as(users.get(FACILITATOR), () -> forum.threadCount(bySlug.get(slug).id())) == 0)
                .toList();
        int added = 0;
        for (DemoThread demo : THREADS) {
            if (empty.contains(demo.network())) {
                load(demo, bySlug.get(demo.network()), users);
                added++;
            }
        }
        if (added > 0) {
            log.info("Demo data loaded: {} forum threads", added);
        }
    }

    private void load(DemoThread demo, NetworkDetails network, Map<String, UserSummary> users) {
        try {
            ForumThread thread = as(users.get(demo.opening().author()),
                    () -> forum.startThread(network.id(), demo.title(), demo.opening().text() + NOTE));
            for (DemoPost reply : demo.replies()) {
                as(users.get(reply.author()), () -> forum.reply(thread.id(), reply.text() + NOTE));
            }
            if (demo.pinned()) {
                as(users.get(FACILITATOR), () -> forum.setPinned(thread.id(), true));
            }
        } catch (TranslatableException refused) {
            // e.g. the demo resident is no longer a member: the demo goes without this thread.
            log.warn("Demo forum thread \"{}\" not loaded: {}", demo.title(), refused.key());
        }
    }

    /** Runs the work as that demo user with their roles, so the services check them as they would anyone. */
    private static <T> T as(UserSummary user, java.util.function.Supplier<T> work) {
        return RunAs.user(user.email(), user.roles(), work);
    }
}
