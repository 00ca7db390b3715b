package org.tellus.insight;

import org.tellus.response.Channel;

import java.time.LocalDate;
import java.util.List;

/**
 * How many responses arrived, per day and per channel. Volumes say nothing about what anyone said, and the
 * officer's response list shows each response anyway, so they are not suppressed (decision 005).
 */
public record ResponseVolume(long total, List<DayCount> perDay, List<ChannelCount> perChannel) {

    public record DayCount(LocalDate day, long responses) {
    }

    public record ChannelCount(Channel channel, long responses) {
    }
}
