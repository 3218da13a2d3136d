from grants.cli import main

raise SystemExit(main())
