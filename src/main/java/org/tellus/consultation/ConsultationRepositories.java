package org.tellus.consultation;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface ConsultationRepository extends JpaRepository<Consultation, Long> {

    List<Consultation> findAllByOrderByCreatedAtDesc();

    List<Consultation> findByStatusAndAudienceOrderByClosesOnAsc(ConsultationStatus status, Audience audience);

    List<Consultation> findByStatusInAndAudienceOrderByCreatedAtDesc(List<ConsultationStatus> statuses, Audience audience);
}

interface QuestionRepository extends JpaRepository<Question, Long> {
}
