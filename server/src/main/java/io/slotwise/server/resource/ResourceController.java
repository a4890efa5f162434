package io.slotwise.server.resource;

import io.slotwise.common.api.Resource;
import io.slotwise.common.api.ResourceRequest;
import io.slotwise.server.security.Guarded;
import io.slotwise.server.security.Role;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A venue's shared resources: staff read them, owners change them. */
@RestController
@RequestMapping("/api/v1")
class ResourceController {

    private final ResourceService resources;

    ResourceController(ResourceService resources) {
        this.resources = resources;
    }

    @Guarded(Role.STAFF)
    @GetMapping("/venues/{venueId}/resources")
    List<Resource> list(@PathVariable UUID venueId) {
        return resources.list(venueId);
    }

    @Guarded(Role.OWNER)
    @PostMapping("/venues/{venueId}/resources")
    @ResponseStatus(HttpStatus.CREATED)
    Resource create(@PathVariable UUID venueId, @RequestBody(required = false) ResourceRequest request) {
        return resources.create(venueId, request);
    }

    @Guarded(Role.OWNER)
    @PutMapping("/resources/{resourceId}")
    Resource rename(@PathVariable UUID resourceId, @RequestBody(required = false) ResourceRequest request) {
        return resources.rename(resourceId, request);
    }

    @Guarded(Role.OWNER)
    @DeleteMapping("/resources/{resourceId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable UUID resourceId) {
        resources.delete(resourceId);
    }
}
