package id.pengaduan.sla;

import java.time.Instant;

/**
 * When a stage's clock warns its assignee and when it runs out: what the process's timers
 * need.
 */
public record SlaDue(Instant warnAt, Instant dueAt) {
}
