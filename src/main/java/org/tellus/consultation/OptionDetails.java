package org.tellus.consultation;

public record OptionDetails(long id, String label) {
}
