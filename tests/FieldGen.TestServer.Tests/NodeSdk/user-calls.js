// Drives the official authing-node-sdk's createUser / updateUser / getUser against the test server.
// Prints one JSON line: { created, updated, read } or { error }.
const { ManagementClient } = require("authing-node-sdk");

const client = new ManagementClient({
  accessKeyId: process.env.GENAUTH_ACCESS_KEY_ID,
  accessKeySecret: process.env.GENAUTH_ACCESS_KEY_SECRET,
  host: process.env.GENAUTH_HOST,
});

async function main() {
  const created = await client.createUser({
    username: "zoë",
    password: "p4ss",
    customData: { school: "pku", age: 18.5, motto: "ünïcode 🙂" },
  });
  const updated = await client.updateUser({ userId: created.data.userId, customData: { age: 19 } });
  const read = await client.getUser({ userId: created.data.userId, withCustomData: true });
  return { created, updated, read };
}

main()
  .catch((e) => ({ error: e.response ? { status: e.response.status, body: e.response.data } : String(e) }))
  // Exit explicitly: keep-alive sockets must not hold the process open.
  .then((result) => process.stdout.write(JSON.stringify(result) + "\n", () => process.exit(0)));
