// Validates custom resources that the Kubernetes schemas do not cover (the ServiceMonitor) with
// the JSON schema generated from the Prometheus Operator's CRD.
//   node deploy/kubernetes/crd-check/check.mjs FILE...
import fs from "node:fs";
import yaml from "js-yaml";
import { ServiceMonitor } from "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1/ServiceMonitor";

const kinds = { "monitoring.coreos.com/v1/ServiceMonitor": ServiceMonitor };
let failed = false;
for (const file of process.argv.slice(2)) {
  for (const doc of yaml.loadAll(fs.readFileSync(file, "utf8"))) {
    const Model = kinds[`${doc.apiVersion}/${doc.kind}`];
    if (!Model) {
      console.error(`${file}: no schema for ${doc.apiVersion} ${doc.kind}`);
      failed = true;
      continue;
    }
    try {
      new Model(doc).validate();
      console.log(`${file}: ${doc.kind}/${doc.metadata.name} valid`);
    } catch (e) {
      console.error(`${file}: ${doc.kind}/${doc.metadata?.name}: ${e.message ?? e}`);
      failed = true;
    }
  }
}
process.exit(failed ? 1 : 0);
