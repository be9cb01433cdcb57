"""Services: plain functions `f(uow, actor, ...)`; each checks the actor's role and commits."""
