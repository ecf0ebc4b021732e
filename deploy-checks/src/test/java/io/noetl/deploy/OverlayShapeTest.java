package io.noetl.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.autoscaling.v2.MetricSpec;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import org.junit.jupiter.api.Test;

/** dev is one small replica of everything; prod has replicas, disruption budgets and a CPU autoscaler for workers. */
class OverlayShapeTest {

    @Test
    void devRunsOneReplicaOfEachServiceWithoutAutoscalingOrBudgets() {
        Rendering dev = Renderings.of("dev");
        assertThat(dev.all(Deployment.class)).hasSize(4)
                .allSatisfy(d -> assertThat(d.getSpec().getReplicas()).as(d.getMetadata().getName()).isIn(null, 1));
        assertThat(dev.all(HorizontalPodAutoscaler.class)).isEmpty();
        assertThat(dev.all(PodDisruptionBudget.class)).isEmpty();
        assertThat(Workloads.container(dev.deployment("worker-service")).getResources().getLimits().get("memory").getNumericalAmount())
                .as("dev is smaller than prod").isLessThan(Workloads.container(Renderings.of("prod").deployment("worker-service"))
                        .getResources().getLimits().get("memory").getNumericalAmount());
    }

    @Test
    void prodRunsTwoOfEachApiServiceAndLeavesTheWorkerCountToItsAutoscaler() {
        Rendering prod = Renderings.of("prod");
        for (String service : new String[] {"catalog-service", "execution-service", "scheduler-service"}) {
            assertThat(prod.deployment(service).getSpec().getReplicas()).as(service).isGreaterThanOrEqualTo(2);
        }
        // A replicas field would fight the autoscaler: every apply would reset the count.
        assertThat(prod.deployment("worker-service").getSpec().getReplicas()).isNull();
        HorizontalPodAutoscaler hpa = prod.get(HorizontalPodAutoscaler.class, "worker-service");
        assertThat(hpa.getSpec().getScaleTargetRef().getKind()).isEqualTo("Deployment");
        assertThat(hpa.getSpec().getScaleTargetRef().getName()).isEqualTo("worker-service");
        assertThat(hpa.getSpec().getMinReplicas()).isGreaterThanOrEqualTo(2);
        assertThat(hpa.getSpec().getMaxReplicas()).isGreaterThan(hpa.getSpec().getMinReplicas());
        assertThat(hpa.getSpec().getMetrics()).extracting(MetricSpec::getType).containsExactly("Resource");
        assertThat(hpa.getSpec().getMetrics().get(0).getResource().getName()).isEqualTo("cpu");
        assertThat(hpa.getSpec().getMetrics().get(0).getResource().getTarget().getAverageUtilization()).isBetween(50, 90);
    }

    @Test
    void theManagedPostgresExampleRunsNoDatabaseInTheCluster() {
        Rendering managed = Renderings.of("managed-postgres");
        assertThat(managed.all(io.fabric8.kubernetes.api.model.apps.StatefulSet.class)).isEmpty();
        assertThat(managed.find(io.fabric8.kubernetes.api.model.Service.class, "noetl-postgres")).isEmpty();
        assertThat(managed.all(io.fabric8.kubernetes.api.model.Secret.class)).as("Secrets are created in the cluster").isEmpty();
        assertThat(Workloads.env(managed, "execution-service").get("POSTGRES_HOST")).isNotIn("noetl-postgres", "localhost");
    }

    @Test
    void prodHasADisruptionBudgetSelectingEachServicesPods() {
        Rendering prod = Renderings.of("prod");
        for (String service : Repo.SERVICES) {
            PodDisruptionBudget pdb = prod.get(PodDisruptionBudget.class, service);
            assertThat(prod.deployment(service).getSpec().getTemplate().getMetadata().getLabels())
                    .containsAllEntriesOf(pdb.getSpec().getSelector().getMatchLabels());
            // minAvailable 1 with at least 2 replicas: a drain proceeds, one pod at a time.
            assertThat(pdb.getSpec().getMinAvailable().getIntVal()).isEqualTo(1);
        }
    }
}
