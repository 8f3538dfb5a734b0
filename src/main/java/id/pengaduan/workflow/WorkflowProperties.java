package id.pengaduan.workflow;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the complaint process under {@code pengaduan.workflow}.
 *
 * @param maxReopens how often a complainant may reopen before the complaint is escalated
 * (domain.md 9.3 #14)
 */
@ConfigurationProperties("pengaduan.workflow")
record WorkflowProperties(@DefaultValue("2") int maxReopens) {
}
