/**
 * The transcoding pipeline as other bundles see it: its persistent job queue ({@link
 * org.bobine.transcoding.api.JobService}, PeerTube's {@code /api/v1/jobs}) and the server side of PeerTube's
 * remote-runner protocol ({@link org.bobine.transcoding.api.RunnerService}). Implemented by
 * {@code org.bobine.transcoding.impl}; REST in {@code org.bobine.transcoding.rest}.
 */
@Export
@Version("1.0.0")
package org.bobine.transcoding.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
