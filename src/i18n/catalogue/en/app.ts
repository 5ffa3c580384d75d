export default {
  userMenu: "User menu",
  signedInAs: "Signed in as {who}",
  resetDemo: "Reset demo data",
  signOut: "Sign out",
  language: "Language",
};
