"""`annotator server init URL` and `annotator server grant URL LOGIN --role ROLE`:
setting up a team project on a PostgreSQL server (run by its administrator);
`annotator server password URL [--forget]`: a login's password in the system keyring."""

from __future__ import annotations

import argparse
import getpass
import sys

from annotator.cli.arguments import FAILED

URL_HELP = (
    "the database, as postgresql://user@host:port/dbname (password from PGPASSWORD, "
    "~/.pgpass or the system keyring)"
)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "server",
        help="set up a team project on a PostgreSQL server",
        description="Set up a team project on a PostgreSQL server: its tables, and the role "
        "of each login (owner: everything; coder: adds documents and passages, changes only "
        "their own passages; reader: reads).",
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    init = actions.add_parser(
        "init",
        help="create the project's tables in a database, or upgrade them",
        description="Create the project's tables, search configuration and roles in an "
        "existing database, or upgrade an older project; running it again changes nothing.",
    )
    init.add_argument("url", metavar="URL", help=URL_HELP)
    init.set_defaults(handler=cmd_init)
    grant = actions.add_parser(
        "grant",
        help="give an existing login a role on the project",
        description="Give an existing PostgreSQL login a role on the project (replacing "
        "the role it had) and the right to connect to its database.",
    )
    grant.add_argument("url", metavar="URL", help=URL_HELP)
    grant.add_argument("login", metavar="LOGIN", help="an existing PostgreSQL login")
    grant.add_argument("--role", required=True, choices=("owner", "coder", "reader"))
    grant.set_defaults(handler=cmd_grant)
    password = actions.add_parser(
        "password",
        help="store a login's password in the system keyring, or remove it",
        description="Ask for the password of the URL's login (without showing it) and "
        "store it in the system keyring (service 'Annotator PostgreSQL', user name "
        "login@host:port), where Annotator looks when neither the URL, PGPASSWORD nor "
        "~/.pgpass has one. One password per login and server, whatever the database.",
    )
    password.add_argument(
        "url", metavar="URL", help="the database, as postgresql://user@host:port/dbname"
    )
    password.add_argument(
        "--forget", action="store_true", help="remove the stored password instead"
    )
    password.set_defaults(handler=cmd_password)


def cmd_init(args: argparse.Namespace) -> int:
    from annotator.core.project import Project
    from annotator.core.store.postgres import require_server_client

    require_server_client(args.url)
    from annotator.core.store.postgres.admin import init_schema
    from annotator.core.store.postgres.connection import display_location

    before, now = init_schema(args.url)
    with Project.open(args.url):  # gives the project its lasting identity, as a file's
        pass
    where = display_location(args.url)
    if before == 0:
        print(f"{where}: server project created (format {now})")
    elif before < now:
        print(f"{where}: upgraded from format {before} to {now}")
    else:
        print(f"{where}: already up to date (format {now})")
    return 0


def cmd_grant(args: argparse.Namespace) -> int:
    from annotator.core.store.postgres import require_server_client

    require_server_client(args.url)
    from annotator.core.store.postgres.admin import grant_role
    from annotator.core.store.postgres.connection import display_location

    grant_role(args.url, args.login, args.role)
    print(f"{display_location(args.url)}: {args.login} is now {args.role}")
    return 0


def cmd_password(args: argparse.Namespace) -> int:
    from annotator.core.store.postgres.location import is_server_location, without_password
    from annotator.core.store.postgres.passwords import (
        SERVICE,
        KeyringUnavailable,
        forget_password,
        keyring_problem,
        keyring_user,
        store_password,
    )

    if not is_server_location(args.url):
        print(
            f"error: {args.url}: not a server address (postgresql://user@host:port/dbname)",
            file=sys.stderr,
        )
        return FAILED
    where, user = without_password(args.url), keyring_user(args.url)
    try:
        if args.forget:
            if forget_password(args.url):
                print(f"{where}: the password of {user} is removed from the system keyring")
            else:
                print(f"{where}: the system keyring had no password for {user}")
            return 0
        problem = keyring_problem()
        if problem is not None:  # said before a password is asked for
            raise problem
        typed = getpass.getpass(f"Password of {user}: ")
        if not typed:
            print("error: no password typed; nothing stored", file=sys.stderr)
            return FAILED
        store_password(args.url, typed)
    except KeyringUnavailable as exc:
        print(f"error: {where}: {exc}; use PGPASSWORD or ~/.pgpass instead", file=sys.stderr)
        return FAILED
    print(f"{where}: the password of {user} is stored in the system keyring (service {SERVICE!r})")
    return 0
