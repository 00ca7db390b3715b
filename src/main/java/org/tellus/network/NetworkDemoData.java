package org.tellus.network;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tellus.account.AccountService;
import org.tellus.account.UserSummary;
import org.tellus.base.DemoMode;
import org.tellus.base.security.Roles;
import org.tellus.base.security.SystemTask;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The demo's equity networks: the communities the council plan names ("strengthen our community-based equity
 * networks and support them to guide our priorities and design our services", "an anti-poverty network of people
 * with lived experience of poverty"), each facilitated by the demo facilitator. Runs after the demo users exist,
 * under the same setting as the rest of the demo, and adds only the networks that are missing.
 */
@Component
@Order(3)
class NetworkDemoData implements ApplicationRunner {

    static final String FACILITATOR = "facilitator@tellus.demo";
    static final String RESIDENT = "resident@tellus.demo";

    record DemoNetwork(String slug, String name, Visibility visibility, String description, boolean residentIsMember) {
    }

    static final List<DemoNetwork> NETWORKS = List.of(
            new DemoNetwork("race-equality", "Race Equality Network", Visibility.OPEN,
                    "For residents of every ethnic background who want the council to hear how its plans and services "
                            + "land in their communities, and to challenge discrimination and disadvantage where they find it.",
                    true),
            new DemoNetwork("disability", "Disability Network", Visibility.OPEN,
                    "Disabled residents, and parents and carers of children and young adults with special educational "
                            + "needs and disabilities, shaping accessible services, transport and public spaces.", false),
            new DemoNetwork("lgbtq-plus", "LGBTQ+ Network", Visibility.ON_REQUEST,
                    "A safe space for lesbian, gay, bisexual, trans, queer and questioning residents to talk about "
                            + "what would make the borough fairer and safer. A facilitator welcomes each new member.", false),
            new DemoNetwork("faith", "Faith Network", Visibility.OPEN,
                    "Faith groups and people of every faith and none, working together on community support, "
                            + "cohesion and the role of faith organisations in the voluntary sector.", false),
            new DemoNetwork("carers", "Carers Network", Visibility.OPEN,
                    "For unpaid carers of family members, friends or neighbours: what support, breaks and "
                            + "information would make caring sustainable.", true),
            new DemoNetwork("care-leavers", "Care Leavers Network", Visibility.INVITATION_ONLY,
                    "Young people who have left the council's care, talking in confidence about housing, work, "
                            + "training and the support they are owed as the council's care leavers. By invitation only.",
                    false),
            new DemoNetwork("older-people", "Older People's Network", Visibility.OPEN,
                    "Older residents on staying well, connected and independent: transport, loneliness, digital "
                            + "inclusion and the services that help people age well at home.", false),
            new DemoNetwork("young-people", "Young People's Network", Visibility.OPEN,
                    "Young people aged 16 to 24 on education, training, jobs, things to do and places to go, "
                            + "and on how the council listens to them.", false),
            new DemoNetwork("anti-poverty", "Anti-Poverty Lived Experience Network", Visibility.ON_REQUEST,
                    "People with lived experience of poverty guiding the council's anti-poverty work: the cost of "
                            + "living, advice that is easy to find, help in a crisis. Ask to join and say a little about "
                            + "why.", false));

    private static final Logger log = LoggerFactory.getLogger(NetworkDemoData.class);

    private final NetworkService networks;
    private final AccountService accounts;
    private final DemoMode demoMode;

    NetworkDemoData(NetworkService networks, AccountService accounts, DemoMode demoMode) {
        this.networks = networks;
        this.accounts = accounts;
        this.demoMode = demoMode;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (demoMode.enabled()) {
            SystemTask.runAs(Roles.ADMIN, this::load);
        }
    }

    private void load() {
        Map<String, UserSummary> users = accounts.listUsers().stream()
                .collect(Collectors.toMap(UserSummary::email, Function.identity()));
        UserSummary facilitator = users.get(FACILITATOR);
        UserSummary resident = users.get(RESIDENT);
        List<String> existing = networks.allNetworks().stream().map(NetworkDetails::slug).toList();
        int added = 0;
        for (DemoNetwork demo : NETWORKS) {
            if (existing.contains(demo.slug())) {
                continue;
            }
            NetworkDetails network = networks.create(new NetworkForm(demo.name(), demo.slug(), demo.description(),
                    demo.visibility(), true));
            if (facilitator != null) {
                networks.appointFacilitator(network.id(), facilitator.id());
            }
            if (resident != null && demo.residentIsMember()) {
                networks.addMember(network.id(), resident.id());
            }
            added++;
        }
        if (added > 0) {
            log.info("Demo data loaded: {} equity networks", added);
        }
    }
}
