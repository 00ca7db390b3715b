package org.tellus.response;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

import java.util.List;
import java.util.Optional;

interface ResponseRepository extends JpaRepository<Response, Long>, JpaSpecificationExecutor<Response> {

    Optional<Response> findBySubmissionKey(String submissionKey);

    Optional<Response> findByReference(String reference);

    Optional<Response> findFirstByRespondentIdAndConsultationIdAndStatus(Long respondentId, long consultationId,
                                                                       Response.Status status);

    long countByConsultationIdAndStatus(long consultationId, Response.Status status);

    boolean existsByReference(String reference);

    List<Response> findByRespondentIdOrderByIdAsc(long respondentId);

    List<Response> findByConsultationIdAndStatusOrderBySubmittedAtDesc(long consultationId, Response.Status status,
                                                                     Pageable page);
}
