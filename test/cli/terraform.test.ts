import { describe, expect, it } from "vitest";
import { project } from "../config/fixtures.js";
import { run } from "./run.js";

/** Issue 12's two symptoms: a folder walk skipped .tf files, and a .tf named on the command line was read as YAML. */
const MODULE = {
  "infra/main.tf": 'variable "timeout" {\n  default = 10\n}\n',
  "infra/api.tf": 'resource "aws_api_gateway_integration" "get" {\n  rest_api_id             = "a"\n  resource_id             = "b"\n  http_method             = "GET"\n  type                    = "HTTP_PROXY"\n  integration_http_method = "GET"\n  uri                     = "https://example.com/"\n  timeout_milliseconds    = var.timeout\n}\n',
};
const REPORT = "infra/api.tf\n  8:29  error  Timeout should be between 50 ms and 29000 ms: got 10.  timeout-out-of-range\n\n\u2716 1 problem (1 error, 0 warnings, 0 info)\n";

describe("Terraform on the command line", () => {
  it("a folder walk lints .tf files as a module", () => {
    expect(run(["."], { cwd: project(MODULE) })).toEqual({ code: 1, stdout: REPORT, stderr: "" });
  });

  it("a .tf named alone is read as HCL, with its folder as context", () => {
    expect(run(["infra/api.tf"], { cwd: project(MODULE) })).toEqual({ code: 1, stdout: REPORT, stderr: "" });
  });

  it("--stdin with a .tf file name; an HCL syntax error exits 2 with one file:line:col line, as a YAML one does", () => {
    const root = project(MODULE);
    expect(run(["--stdin", "--stdin-filename", "infra/api.tf"], { cwd: root, input: MODULE["infra/api.tf"] })).toEqual({ code: 1, stdout: REPORT, stderr: "" });
    const broken = run(["--stdin", "--stdin-filename", "x.tf"], { cwd: root, input: 'resource "a" "b" {\n  type =\n}\n' });
    expect({ code: broken.code, stderr: broken.stderr }).toEqual({ code: 2, stderr: 'x.tf:2:3: HCL syntax error: unexpected "type ="\n' });
  });
});
