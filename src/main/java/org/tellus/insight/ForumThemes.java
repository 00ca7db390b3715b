package org.tellus.insight;

import java.util.List;

/**
 * Forum posts as a source of their own beside the survey answers (decision 034): the people posting in the
 * networks that take part in analysis, how many of them wrote about each theme and plan priority, and the same
 * per network. The unit is a person, as in the forum lens (decision 011), and the counts are never added to the
 * answers' (someone may have answered and posted). Every count is suppressed under 10.
 *
 * @param people the people with a tagged live post in the dates: the base of the shares
 */
public record ForumThemes(CellCount people, List<ThemeCounts.ThemeCount> themes, List<PriorityReach> priorities,
                          List<Network> networks) {

    public ForumThemes {
        themes = List.copyOf(themes);
        priorities = List.copyOf(priorities);
        networks = List.copyOf(networks);
    }

    /** One network's forum: its people and their themes. */
    public record Network(String name, CellCount people, List<ThemeCounts.ThemeCount> themes) {

        public Network {
            themes = List.copyOf(themes);
        }
    }
}
