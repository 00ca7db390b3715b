package org.tellus.consultation;

public enum ConsultationStatus {
    DRAFT, OPEN, CLOSED, RESULTS_PUBLISHED
}
