"""What the services share that is not a service: ORM rows to DTOs, the order lifecycle,
the shop's phone region. Services import these; these never import a service."""
