-- Equity networks and their membership
CREATE TABLE network (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    slug              VARCHAR(80)  NOT NULL,
    name              VARCHAR(120) NOT NULL,
    description       TEXT         NOT NULL,
    visibility        VARCHAR(20)  NOT NULL,
    forum_in_analysis BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at        TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    version           BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_network_slug UNIQUE (slug)
) ENGINE = InnoDB;

CREATE TABLE network_facilitator (
    network_id BIGINT NOT NULL,
    user_id    BIGINT NOT NULL,
    PRIMARY KEY (network_id, user_id),
    CONSTRAINT fk_network_facilitator_network FOREIGN KEY (network_id) REFERENCES network (id) ON DELETE CASCADE,
    CONSTRAINT fk_network_facilitator_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE = InnoDB;

-- One row per person and network; its status moves as they join, ask, are invited, leave or are removed.
CREATE TABLE membership (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    network_id       BIGINT        NOT NULL,
    user_id          BIGINT        NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    message          VARCHAR(1000) NULL,
    reason           VARCHAR(1000) NULL,
    decided_by       BIGINT        NULL,
    created_at       TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at       TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    version          BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_membership UNIQUE (network_id, user_id),
    CONSTRAINT fk_membership_network FOREIGN KEY (network_id) REFERENCES network (id) ON DELETE CASCADE,
    CONSTRAINT fk_membership_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT fk_membership_decided_by FOREIGN KEY (decided_by) REFERENCES app_user (id) ON DELETE SET NULL
) ENGINE = InnoDB;

CREATE INDEX ix_membership_user ON membership (user_id, status);

-- Every membership change, who made it, when and why: removals always carry a reason.
CREATE TABLE membership_event (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    network_id BIGINT        NOT NULL,
    user_id    BIGINT        NOT NULL,
    action     VARCHAR(20)   NOT NULL,
    actor_id   BIGINT        NULL,
    reason     VARCHAR(1000) NULL,
    created_at TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT fk_membership_event_network FOREIGN KEY (network_id) REFERENCES network (id) ON DELETE CASCADE,
    CONSTRAINT fk_membership_event_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT fk_membership_event_actor FOREIGN KEY (actor_id) REFERENCES app_user (id) ON DELETE SET NULL
) ENGINE = InnoDB;

CREATE INDEX ix_membership_event_network ON membership_event (network_id, created_at);
