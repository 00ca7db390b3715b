package org.tellus.consultation;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;

interface ConsultationRepository extends JpaRepository<Consultation, Long> {

    List<Consultation> findAllByOrderByCreatedAtDesc();

    List<Consultation> findByStatusAndAudienceOrderByClosesOnAsc(ConsultationStatus status, Audience audience);

    List<Consultation> findByStatusInAndAudienceOrderByCreatedAtDesc(List<ConsultationStatus> statuses, Audience audience);

    /** Network surveys in these statuses for any of these networks. */
    @Query("""
            select distinct c from Consultation c join c.networkIds n
            where c.audience = org.tellus.consultation.Audience.NETWORKS and c.status in :statuses and n in :networkIds""")
    List<Consultation> findNetworkSurveys(Collection<ConsultationStatus> statuses, Collection<Long> networkIds);
}

interface QuestionRepository extends JpaRepository<Question, Long> {
}
