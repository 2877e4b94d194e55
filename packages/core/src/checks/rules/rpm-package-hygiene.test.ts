import { rpmPackageHygiene } from './rpm-package-hygiene.js';
import { ruleCases } from './rule-cases.test-util.js';

ruleCases(rpmPackageHygiene, {
  fires: [
    "FROM fedora:40\nRUN dnf install -y httpd",
    "FROM fedora:40\nRUN yum install httpd && yum clean all",
  ],
  passes: [
    "FROM fedora:40\nRUN dnf install -y httpd && dnf clean all",
    "FROM fedora:40\nRUN microdnf install httpd && microdnf clean all",
    "FROM opensuse/leap:15.6\nRUN zypper -n install curl && zypper clean",
  ],
});
