package org.tellus.tagging;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.tellus.IntegrationTest;
import org.tellus.account.AccountService;
import org.tellus.base.security.Roles;
import org.tellus.base.security.SystemTask;
import org.tellus.network.NetworkService;
import org.tellus.network.Visibility;
import org.tellus.network.forum.ForumFixtures;
import org.tellus.network.forum.ForumService;
import org.tellus.network.forum.ForumThread;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tellus.network.NetworkFixtures.as;

/** Forum posts are themed like survey answers: in the background, and again after an edit. */
@IntegrationTest
class ForumPostTaggingTest {

    @Autowired
    TaggingService tagging;
    @Autowired
    ForumService forum;
    @Autowired
    NetworkService networks;
    @Autowired
    AccountService accounts;
    @Autowired
    ApplicationContext context;

    @Test
    void aNewPostIsTaggedAndAnEditedOneIsTaggedAgainFromItsNewText() {
        ForumFixtures f = ForumFixtures.network(networks, accounts, Visibility.OPEN);
        ForumThread thread = as(f.member(), () -> forum.startThread(f.network().id(), "Getting about",
                "The buses are late every evening and the fares keep going up."));
        long postId = thread.opening().id();

        List<AnswerThemes.MachineTag> tags = tagNowAndRead(postId);
        assertThat(tags).extracting(AnswerThemes.MachineTag::themeId).contains("transport");
        assertThat(tags).allSatisfy(tag -> assertThat(tag.confidence()).isBetween(0.0, 1.0));
        assertThat(tags.stream().filter(t -> t.themeId().equals("transport")).findFirst().orElseThrow().explanation())
                .containsIgnoringCase("bus");

        as(f.member(), () -> forum.edit(postId, "Our library closed and the children have nowhere to read after school."));
        List<AnswerThemes.MachineTag> retagged = tagNowAndRead(postId);
        assertThat(retagged).extracting(AnswerThemes.MachineTag::themeId).doesNotContain("transport");
    }

    @Test
    @WithMockUser(roles = {Roles.RESIDENT, Roles.FACILITATOR})
    void residentsAndFacilitatorsAreDeniedThePostsThemes() {
        assertThatThrownBy(() -> tagging.themesOfPost(1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> tagging.pendingPosts()).isInstanceOf(AccessDeniedException.class);
    }

    /** Runs the tagger as its sweep would (the background workers are off in tests) and reads the post's themes. */
    private List<AnswerThemes.MachineTag> tagNowAndRead(long postId) {
        TaggingOnDemand.tagPending(context);
        return SystemTask.runAs(Roles.OFFICER, () -> tagging.themesOfPost(postId));
    }
}
